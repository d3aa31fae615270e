// Writes the "Where things are" table of CONTRIBUTING.md from the entry points' own export statements: for each
// module that src/index.ts or src/ical.ts re-exports, the public names it holds and the test files that import it.
// `node scripts/where-things-are.mjs` rewrites the table; `--check` exits 1 when it is stale (test/package/docs.test.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- where-things-are:start -->";
const END = "<!-- where-things-are:end -->";

/** Map of module path (src/...) to the names an entry re-exports from it, in the entry's order. */
function exportsByModule(entry) {
  const path = join(root, "src", entry);
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
  const modules = new Map();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined) continue;
    const module = join("src", statement.moduleSpecifier.text.replace(/\.js$/, ".ts"));
    const names = modules.get(module) ?? [];
    const clause = statement.exportClause;
    if (clause !== undefined && ts.isNamedExports(clause)) names.push(...clause.elements.map((e) => e.name.text));
    modules.set(module, names);
  }
  return modules;
}

/** Test files (test/**) by the src/ modules they import, directly or through a public name of an entry. */
function testsByModule(moduleOfName) {
  const tests = new Map();
  const add = (module, path) => {
    const list = tests.get(module) ?? [];
    if (!list.includes(path)) tests.set(module, [...list, path]);
  };
  const files = readdirSync(join(root, "test"), { recursive: true, encoding: "utf8" }).filter((file) =>
    /\.test(-d)?\.ts$/.test(file),
  );
  for (const file of files.sort()) {
    const path = join("test", file);
    const source = ts.createSourceFile(path, readFileSync(join(root, path), "utf8"), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const specifier = statement.moduleSpecifier.text;
      if (!specifier.startsWith(".")) continue;
      const module = relative(root, join(root, dirname(path), specifier)).replace(/\.js$/, ".ts");
      if (module === "src/index.ts" || module === "src/ical.ts") {
        const bindings = statement.importClause?.namedBindings;
        if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
        for (const element of bindings.elements) {
          const owner = moduleOfName.get((element.propertyName ?? element.name).text);
          if (owner !== undefined) add(owner, path);
        }
      } else if (module.startsWith("src/")) add(module, path);
    }
  }
  return tests;
}

function table() {
  const entries = ["index.ts", "ical.ts"].flatMap((entry) => [...exportsByModule(entry)]);
  const moduleOfName = new Map(entries.flatMap(([module, names]) => names.map((name) => [name, module])));
  const tests = testsByModule(moduleOfName);
  const rows = entries.map(([module, names]) => {
    const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")}, ... (${names.length})` : names.join(", ");
    const found = tests.get(module) ?? [];
    const stems = [module, ...names].map((name) => name.split("/").pop().replace(/\.ts$/, ""));
    const same = found.filter((test) => stems.some((stem) => test.split("/").pop().startsWith(`${stem}.`)));
    const listed = (same.length > 0 ? same : found).slice(0, 3);
    const more = found.length > listed.length ? ` (+${found.length - listed.length})` : "";
    return `| ${shown} | \`${module}\` | ${listed.map((test) => `\`${test}\``).join(", ")}${more} |`;
  });
  return [START, "| public names | module | tests that import it |", "| --- | --- | --- |", ...rows, END].join("\n");
}

const file = join(root, "CONTRIBUTING.md");
const text = readFileSync(file, "utf8");
const start = text.indexOf(START);
const end = text.indexOf(END);
if (start < 0 || end < 0) throw new Error("CONTRIBUTING.md has no where-things-are markers");
const next = text.slice(0, start) + table() + text.slice(end + END.length);
if (process.argv.includes("--check")) {
  if (next !== text) {
    console.error("CONTRIBUTING.md's 'Where things are' table is stale: run node scripts/where-things-are.mjs");
    process.exit(1);
  }
} else writeFileSync(file, next);
