/** JSON paths into the input: segments as zod's `path` holds them, and the text form an issue's `path` shows. */

/** One step of a path into the input: an object key or an array index, as zod's `path` holds them. */
export type PathSegment = string | number;

const PATH_PART = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$]*)/y;

/** Reads a JSON path written by {@link formatPath} back into segments (a shortened key stays shortened). */
export function segmentsOf(path: string): readonly PathSegment[] {
  const segments: PathSegment[] = [];
  PATH_PART.lastIndex = 0;
  while (PATH_PART.lastIndex < path.length) {
    const start = PATH_PART.lastIndex;
    const match = PATH_PART.exec(path);
    if (!match) return [...segments, path.slice(start)];
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else segments.push(match[3] ?? "");
  }
  return segments;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_KEY_IN_PATH = 64;

/**
 * Formats path segments as a JSON path: `["phases", 0, "rpe"]` becomes `phases[0].rpe`; keys that are not plain
 * identifiers are quoted (`["my key"]`) and cut to 64 characters.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${String(segment)}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key) && key.length <= MAX_KEY_IN_PATH) path += path === "" ? key : `.${key}`;
      else path += `[${JSON.stringify(key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key)}]`;
    }
  }
  return path;
}
