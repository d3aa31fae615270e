import { readFileSync } from "node:fs";

/** Reads a JSON file relative to the repository root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")) as unknown;
}

/** A fresh, mutable copy of the bundled example plan. */
export function examplePlanJson(): Record<string, unknown> {
  return readJson("examples/plan.json") as Record<string, unknown>;
}

/** A fresh, mutable copy of the bundled example athlete. */
export function exampleAthleteJson(): Record<string, unknown> {
  return readJson("examples/athlete.json") as Record<string, unknown>;
}

/** Sets (or, with the value `"$delete"`, deletes) a value at a dotted path such as `phases.0.sessions.1.rpe`. */
export function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1) ?? "";
  if (value === "$delete") Reflect.deleteProperty(node, last);
  else if (Array.isArray(node) && last === "-") node.push(value);
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

export interface PatchCase {
  readonly name: string;
  readonly set: Readonly<Record<string, unknown>>;
  readonly issues: readonly { readonly path: string; readonly code: string }[];
  /** Whether plain JSON Schema can express the rule, so that ajv must reject the document too. */
  readonly jsonSchema: boolean;
}

/** Applies a case's `set` entries to a fresh copy of a base document. */
export function applyPatch(base: () => Record<string, unknown>, patch: PatchCase): Record<string, unknown> {
  const document = base();
  for (const [path, value] of Object.entries(patch.set)) setPath(document, path, value);
  return document;
}
