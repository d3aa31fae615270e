/** The output limit of both calendars: their size bounded from their content lines before any text is built. */
import { OffseasonError } from "../model/errors.js";
import { lineOctets, type ContentLine, type TextSizes } from "./contentLine.js";

function outputTooLarge(estimate: number, limit: number, narrow: string): OffseasonError {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return new OffseasonError("limit", "Output too large", [
    {
      path: "",
      message: `the iCalendar text would take up to ${String(estimate)} bytes (${mib(estimate)}), more than the output limit of ${String(limit)} bytes (${mib(limit)}, maxOutputBytes); ${narrow}`,
      code: "limit",
    },
  ]);
}

/**
 * Refuses an output that could exceed `maxOutputBytes`, from the content lines of its parts before any of its text is
 * built: the sizes of TEXT lines are measured, never escaped or folded.
 *
 * @param parts - The content lines of the output, part by part (the head, each event, the end), read once each.
 * @param maxOutputBytes - The most octets of UTF-8 the output may take.
 * @param narrow - What the caller can do to make the output smaller, ending the message.
 * @throws {@link offseason!OffseasonError} with code `limit` when the bound of the output's octets exceeds the limit.
 */
export function boundOutput(parts: Iterable<readonly ContentLine[]>, maxOutputBytes: number, narrow: string): void {
  const sizes: TextSizes = { lines: new Map(), texts: new Map() };
  let estimate = 0;
  for (const lines of parts) for (const line of lines) estimate += lineOctets(line, sizes);
  if (estimate > maxOutputBytes) throw outputTooLarge(estimate, maxOutputBytes, narrow);
}
