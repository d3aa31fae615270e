// The two decoders every FIT file of the tests goes through: Garmin's SDK (the reference: CRCs, integrity, sub-field
// expansion) and fit-file-parser (independent, raw values, snake_case). Both are devDependencies only.
import { Decoder, Stream } from "@garmin/fitsdk";
import FitParser from "fit-file-parser";
import { expect } from "vitest";

type Fields = Readonly<Record<string, unknown>>;

/** What Garmin's SDK reads from a workout file. */
export interface SdkWorkout {
  readonly fileId: Fields;
  readonly workout: Fields;
  readonly steps: readonly Fields[];
}

/** Decodes with Garmin's SDK, asserting that the file is FIT, passes its CRCs and decodes without error. */
export function decodeWithSdk(data: Uint8Array): SdkWorkout {
  const integrity = new Decoder(Stream.fromByteArray(data));
  expect(integrity.isFIT()).toBe(true);
  expect(integrity.checkIntegrity()).toBe(true);
  const { messages, errors } = new Decoder(Stream.fromByteArray(data)).read();
  expect(errors).toEqual([]);
  const all = messages as unknown as Readonly<Record<string, readonly Fields[] | undefined>>;
  const fileIds = all.fileIdMesgs ?? [];
  const workouts = all.workoutMesgs ?? [];
  expect(fileIds).toHaveLength(1);
  expect(workouts).toHaveLength(1);
  return { fileId: fileIds[0] ?? {}, workout: workouts[0] ?? {}, steps: all.workoutStepMesgs ?? [] };
}

/** Decodes with fit-file-parser (CRC checked): the raw workout steps and the workout message. */
export async function decodeWithParser(data: Uint8Array): Promise<{ workout: Fields; steps: readonly Fields[] }> {
  const parser = new FitParser({ force: false });
  const parsed = (await parser.parseAsync(Buffer.from(data))) as unknown as {
    readonly workout?: Fields;
    readonly messages?: { readonly workout_step?: readonly Fields[] };
  };
  return { workout: parsed.workout ?? {}, steps: parsed.messages?.workout_step ?? [] };
}

/** The first byte offset of the file's data records and the order of global message numbers of its data messages. */
export function messageOrder(data: Uint8Array): number[] {
  const order: number[] = [];
  const locals = new Map<number, { global: number; size: number }>();
  let offset = data[0] ?? 14;
  const end = data.length - 2;
  while (offset < end) {
    const header = data[offset] ?? 0;
    const local = header & 0x0f;
    if ((header & 0x40) !== 0) {
      const global = (data[offset + 3] ?? 0) | ((data[offset + 4] ?? 0) << 8);
      const count = data[offset + 5] ?? 0;
      let size = 0;
      for (let field = 0; field < count; field++) size += data[offset + 6 + field * 3 + 1] ?? 0;
      locals.set(local, { global, size });
      offset += 6 + count * 3;
    } else {
      const definition = locals.get(local);
      if (definition === undefined) throw new Error(`data message of undefined local type ${String(local)}`);
      order.push(definition.global);
      offset += 1 + definition.size;
    }
  }
  return order;
}
