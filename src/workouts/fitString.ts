/**
 * Strings as FIT stores them: UTF-8 in a fixed-size, nul-terminated field. Control characters (a newline in notes, a
 * nul that would end the string early) become spaces; a string too long is cut at a character boundary.
 */

/** UTF-8 bytes of one code point. */
function utf8(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint < 0x10000)
    return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}

// C0 and C1 controls, DEL, and the line and paragraph separators.
// eslint-disable-next-line no-control-regex -- control characters are what this replaces
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu;

/**
 * Text on one line without control characters: each run of them (a newline, a tab, a nul) becomes one space.
 *
 * @param text - Any text.
 * @returns The text, trimmed.
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, " ").trim();
}

/** A string for a FIT field of `size` bytes, and whether it had to be cut. */
export interface FitString {
  /** The bytes, at most `size - 1` (the last byte stays nul). */
  readonly bytes: Uint8Array;
  /** The text kept, for messages. */
  readonly text: string;
  /** True when the string was longer than the field. */
  readonly cut: boolean;
}

/**
 * Encodes a string for a FIT string field of `size` bytes.
 *
 * @param text - Any text.
 * @param size - The field's size in bytes, terminator included.
 * @returns The bytes, the text kept and whether it was cut.
 */
export function fitString(text: string, size: number): FitString {
  const clean = withoutControls(text);
  const bytes: number[] = [];
  let kept = "";
  for (const character of clean) {
    const code = character.codePointAt(0) ?? 0x20;
    // A lone surrogate has no UTF-8 form.
    const encoded = utf8(code >= 0xd800 && code <= 0xdfff ? 0x20 : code);
    if (bytes.length + encoded.length > size - 1) return { bytes: Uint8Array.from(bytes), text: kept, cut: true };
    bytes.push(...encoded);
    kept += character;
  }
  return { bytes: Uint8Array.from(bytes), text: kept, cut: false };
}
