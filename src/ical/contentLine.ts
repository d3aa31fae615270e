/**
 * RFC 5545 content lines: TEXT escaping, folding at 75 octets, and the octet bound of a line before it is built (what
 * the output limit reads). Every writer of iCalendar text in this folder writes through {@link renderLine}.
 */

export const CRLF = "\r\n";
/** Octets of a content line before it is folded (RFC 5545 3.1); continuation lines hold one less, after the space. */
const LINE_OCTETS = 75;

/**
 * A TEXT property (RFC 5545 3.3.11): its parts are joined by line breaks and escaped when the line is written, and
 * measured without being built when the output is estimated.
 */
export interface TextLine {
  readonly name: string;
  readonly parts: readonly string[];
}

/** A content line: written as it is (already valid: names, dates, ids), or a TEXT property to escape. */
export type ContentLine = string | TextLine;

/** Escapes TEXT (RFC 5545 3.3.11); control characters (C0, DEL and C1) other than line breaks become spaces. */
function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
  );
}

/**
 * Octets of the UTF-8 encoding of the character that starts at code unit `index`: 4 for a surrogate pair (two code
 * units), 3 for a lone surrogate (written as U+FFFD).
 */
function charOctets(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  return 3;
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included, is one octet
const ASCII = /^[\u0000-\u007f]*$/;

/** Octets of a string in UTF-8 once {@link escapeText} has escaped it, without building the escaped string. */
function escapedOctets(text: string): number {
  let octets = 0;
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code === 0x5c || code === 0x3b || code === 0x2c || code === 0x0a) {
      octets += 2;
      index += 1;
    } else if (code === 0x0d) {
      octets += 2;
      index += text.charCodeAt(index + 1) === 0x0a ? 2 : 1;
    } else if (code < 0xa0) {
      // Printable ASCII, and the controls that become a space.
      octets += 1;
      index += 1;
    } else {
      const size = charOctets(text, index);
      octets += size;
      index += size === 4 ? 2 : 1;
    }
  }
  return octets;
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence: one pass over the code units,
 * octet sizes read from the code points; continuation lines start with one space.
 */
function fold(line: string): string {
  if (line.length * 3 <= LINE_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = LINE_OCTETS;
  for (let index = 0; index < line.length;) {
    const size = charOctets(line, index);
    if (octets + size > limit) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 0;
      limit = LINE_OCTETS - 1;
    }
    octets += size;
    index += size === 4 ? 2 : 1;
  }
  if (start === 0) return line;
  parts.push(line.slice(start));
  return parts.join(`${CRLF} `);
}

/**
 * An upper bound of the octets a content line of `octets` octets takes once folded, CRLF included. A folded line
 * holds at least 72 octets (a character of up to 4 that does not fit moves on) and a continuation line at least 71,
 * each fold adding CRLF and a space.
 */
function foldedOctets(octets: number): number {
  return octets <= LINE_OCTETS ? octets + 2 : octets + 2 + 3 * Math.ceil((octets - 72) / 71);
}

/** Writes a line, folded; a TEXT line is escaped and folded once and remembered, as events of one session share it. */
export function renderLine(line: ContentLine, rendered: Map<TextLine, string>): string {
  if (typeof line === "string") return fold(line);
  let text = rendered.get(line);
  if (text === undefined) {
    text = fold(`${line.name}:${escapeText(line.parts.join("\n"))}`);
    rendered.set(line, text);
  }
  return text;
}

/** The sizes of the texts of one export, remembered by line (events of one session share it) and by value. */
export interface TextSizes {
  readonly lines: Map<TextLine, number>;
  readonly texts: Map<string, number>;
}

/** A bound of the octets of a line as {@link renderLine} writes it, CRLF included. */
export function lineOctets(line: ContentLine, sizes: TextSizes): number {
  // Lines written as they are hold ids, dates and zone names (ASCII); a UTF-16 code unit is at most 3 octets anyway.
  if (typeof line === "string") return foldedOctets(ASCII.test(line) ? line.length : 3 * line.length);
  let octets = sizes.lines.get(line);
  if (octets === undefined) {
    octets = line.name.length + 1 + 2 * (line.parts.length - 1);
    for (const part of line.parts) {
      let size = sizes.texts.get(part);
      if (size === undefined) {
        size = escapedOctets(part);
        sizes.texts.set(part, size);
      }
      octets += size;
    }
    octets = foldedOctets(octets);
    sizes.lines.set(line, octets);
  }
  return octets;
}
