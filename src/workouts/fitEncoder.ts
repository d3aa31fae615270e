/**
 * A minimal FIT encoder, written from the public protocol description (no SDK at run time: Garmin's forbids
 * redistribution): a 14-byte header with its CRC, one definition message per local message type before its first
 * data message, little-endian fields, and the CRC-16 of the whole file at its end.
 */

/** FIT base types used here: their number (as a definition writes it) and size in bytes. */
export const BASE = {
  enum: { id: 0x00, size: 1 },
  uint8: { id: 0x02, size: 1 },
  uint16: { id: 0x84, size: 2 },
  uint32: { id: 0x86, size: 4 },
  string: { id: 0x07, size: 1 },
  uint32z: { id: 0x8c, size: 4 },
} as const;

/** A base type of {@link BASE}. */
export type BaseType = (typeof BASE)[keyof typeof BASE];

/** One field of a message definition; a string field has a fixed size in bytes (nul-padded). */
export interface FieldDef {
  /** Field definition number of the FIT profile. */
  readonly num: number;
  /** Base type. */
  readonly type: BaseType;
  /** Bytes, for strings (the size of the array); else the type's size. */
  readonly bytes?: number;
}

/** A message definition: its global number and fields, in the order data messages write them. */
export interface MessageDef {
  /** Global message number (0 file_id, 26 workout, 27 workout_step). */
  readonly global: number;
  /** The fields. */
  readonly fields: readonly FieldDef[];
}

/** A field value: a number (the invalid value of its type when undefined) or string bytes. */
export type FieldValue = number | Uint8Array | undefined;

const INVALID: Readonly<Record<number, number>> = {
  [BASE.enum.id]: 0xff,
  [BASE.uint8.id]: 0xff,
  [BASE.uint16.id]: 0xffff,
  [BASE.uint32.id]: 0xffffffff,
  [BASE.uint32z.id]: 0,
};

const CRC_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01,
  0x8801, 0x4400,
];

/**
 * The FIT CRC-16 of bytes (the protocol's nibble-table form).
 *
 * @param bytes - The bytes.
 * @param start - First byte.
 * @param end - One past the last byte.
 * @returns The CRC, 0 to 65535.
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let index = start; index < end; index++) {
    const byte = bytes[index] ?? 0;
    let tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (CRC_TABLE[byte & 0xf] ?? 0);
    tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (CRC_TABLE[(byte >> 4) & 0xf] ?? 0);
  }
  return crc;
}

const sizeOf = (field: FieldDef) => field.bytes ?? field.type.size;

/** Bytes of a FIT file being written: definitions and data messages, then {@link FitWriter.finish}. */
export class FitWriter {
  private readonly chunks: number[] = [];
  private readonly defined = new Map<number, MessageDef>();

  /** Writes one data message, its definition first when its local type has none yet. */
  message(local: number, def: MessageDef, values: readonly FieldValue[]): void {
    if (this.defined.get(local) !== def) {
      this.defined.set(local, def);
      this.chunks.push(0x40 | local, 0, 0, def.global & 0xff, def.global >> 8, def.fields.length);
      for (const field of def.fields) this.chunks.push(field.num, sizeOf(field), field.type.id);
    }
    this.chunks.push(local);
    def.fields.forEach((field, index) => {
      this.value(field, values[index]);
    });
  }

  private value(field: FieldDef, value: FieldValue): void {
    const size = sizeOf(field);
    if (value instanceof Uint8Array) {
      for (let index = 0; index < size; index++) this.chunks.push(value[index] ?? 0);
      return;
    }
    const number = value ?? INVALID[field.type.id] ?? 0;
    for (let index = 0; index < size; index++) this.chunks.push(Math.floor(number / 2 ** (8 * index)) & 0xff);
  }

  /** The file: header (with its CRC), the messages, the file CRC. */
  finish(profileVersion: number): Uint8Array {
    const dataSize = this.chunks.length;
    const file = new Uint8Array(14 + dataSize + 2);
    const view = new DataView(file.buffer);
    file[0] = 14;
    file[1] = 0x20;
    view.setUint16(2, profileVersion, true);
    view.setUint32(4, dataSize, true);
    file.set([0x2e, 0x46, 0x49, 0x54], 8);
    view.setUint16(12, fitCrc(file, 0, 12), true);
    file.set(this.chunks, 14);
    view.setUint16(14 + dataSize, fitCrc(file, 0, 14 + dataSize), true);
    return file;
  }
}
