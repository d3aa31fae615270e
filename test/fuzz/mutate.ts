import fc from "fast-check";

type Json = unknown;
type Path = readonly (string | number)[];

/** Every path into a JSON value (objects and arrays), the root included. */
function paths(value: Json, prefix: Path = []): Path[] {
  const result: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => result.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) result.push(...paths(item, [...prefix, key]));
  return result;
}

function get(value: Json, path: Path): Json {
  let node = value;
  for (const key of path) node = (node as Record<string | number, Json>)[key];
  return node;
}

function set(root: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  Object.defineProperty(parent, path.at(-1) ?? "", {
    value: replacement,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

/** Values that stress a parser: wrong types, limits and one past them, odd numbers and strings, hostile keys. */
const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -0,
    -1,
    1e308,
    -1e308,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53 + 1,
    "",
    " ",
    "07:00",
    "2026-02-29",
    "FREQ=DAILY;COUNT=20001",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
  ),
  fc.constantFrom(
    "x".repeat(16_384),
    "x".repeat(16_385),
    "é".repeat(9000),
    "\u0000\u0001\u001f\u007f",
    "\u202e\ud83c\udfc3",
    "a@b",
    "Mars/Base",
    "America/New_York",
  ),
  fc.constantFrom(
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__":{"polluted":true}}') as Json,
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A structure-aware mutation of a valid document: change, drop, duplicate or add something at a random path. */
export function mutationOf(document: Json): fc.Arbitrary<Json> {
  const all = paths(document);
  return fc
    .tuple(
      fc.constantFrom(...all),
      fc.constantFrom("replace", "drop", "duplicate", "add-key", "swap"),
      oddValue,
      fc.constantFrom(...all),
    )
    .map(([path, operation, value, other]) => {
      const copy = structuredClone(document);
      const target = get(copy, path);
      switch (operation) {
        case "replace":
          return set(copy, path, value);
        case "drop": {
          if (path.length === 0) return value;
          const parent = get(copy, path.slice(0, -1));
          const key = path.at(-1) ?? "";
          if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
          else Reflect.deleteProperty(parent as object, key);
          return copy;
        }
        case "duplicate":
          if (Array.isArray(target)) target.push(structuredClone(target[0]));
          return copy;
        case "add-key":
          if (target !== null && typeof target === "object" && !Array.isArray(target)) {
            Object.defineProperty(
              target,
              fc.sample(fc.constantFrom("__proto__", "constructor", "prototype", "extra", "id"), 1)[0] ?? "extra",
              { value, enumerable: true, configurable: true, writable: true },
            );
          }
          return copy;
        default:
          return set(copy, path, structuredClone(get(document, other)));
      }
    });
}
