// The public surface of `offseason`, `offseason/ical`, `offseason/workouts` and the locales, pinned: every name a user can import, values and types
// apart. A change to this list is a reviewed diff (add, never remove: ../../docs/design.md). Read from the entry
// files' own export statements (they are explicit named re-exports), so that moving a module inside src/ keeps it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

function exportedNames(entry: string): { values: string[]; types: string[] } {
  const path = fileURLToPath(new URL(`../../src/${entry}`, import.meta.url));
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
  const values: string[] = [];
  const types: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) throw new Error(`${entry}: export * is not allowed`);
    for (const element of clause.elements) {
      (statement.isTypeOnly || element.isTypeOnly ? types : values).push(element.name.text);
    }
  }
  return { values: values.sort(), types: types.sort() };
}

describe("the public API", () => {
  it("offseason exports exactly these names", () => {
    expect(exportedNames("index.ts")).toMatchSnapshot();
  });
  it("offseason/ical exports exactly these names", () => {
    expect(exportedNames("ical.ts")).toMatchSnapshot();
  });
  it("offseason/workouts exports exactly these names", () => {
    expect(exportedNames("workouts.ts")).toMatchSnapshot();
  });
  it.each(["es", "de"])("offseason/locales/%s exports exactly these names", (code) => {
    expect(exportedNames(`locales/${code}.ts`)).toMatchSnapshot();
  });
});
