import { execFileSync, spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { guideExamples, type Example } from "./guides.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every fenced block of every `@example` tag in src/ (TSDoc lines start with ` * `). */
function apiExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, index) => {
      if (!/^\s*\*\s*@example/.test(line)) return;
      const block: string[] = [];
      let inside = false;
      for (const next of lines.slice(index + 1)) {
        const text = next.replace(/^\s*\* ?/, "");
        if (text.startsWith("```")) {
          if (inside) break;
          inside = true;
          continue;
        }
        if (inside) block.push(text);
      }
      examples.push({
        where: `${file.slice(root.length)}:${String(index + 1)}`,
        code: block.join("\n"),
        language: "ts",
      });
    });
  }
  return examples;
}

/**
 * Turns `expression; //=> value` (also with the `//=>` line under a multi-line statement) into an assertion that the
 * expression deep-equals the value, or, for a value ending in "...", starts with it.
 */
function toProgram(code: string): string {
  const out: string[] = ['import { deepStrictEqual as __equal } from "node:assert";'];
  const check = (expression: string, expected: string) =>
    expected.endsWith("...")
      ? `{ const __actual = String(${expression}); if (!__actual.startsWith(${JSON.stringify(expected.slice(0, -3))})) throw new Error("expected " + ${JSON.stringify(expected)} + ", got " + __actual); }`
      : `__equal(${expression}, ${expected});`;
  let buffer: string[] = [];
  let lastStatement: string | undefined;
  for (const line of code.split("\n")) {
    const match = /^(.*?)\s*\/\/=> (.*)$/.exec(line);
    if (match && (match[1] ?? "").trim() === "" && buffer.length === 0 && lastStatement !== undefined) {
      // `//=> value` under a statement that ended on an earlier line.
      out.pop();
      out.push(check(lastStatement.replace(/;\s*$/, ""), match[2] ?? "undefined"));
      lastStatement = undefined;
      continue;
    }
    buffer.push(match ? (match[1] ?? "") : line);
    if (match) {
      out.push(check(buffer.join("\n").replace(/;\s*$/, ""), match[2] ?? "undefined"));
      buffer = [];
      lastStatement = undefined;
    } else if (line.trim().endsWith(";") || line.trim() === "" || line.trim() === "}") {
      const statement = buffer.join("\n");
      out.push(statement);
      lastStatement = statement.trim() === "" ? lastStatement : statement;
      buffer = [];
    }
  }
  out.push(...buffer);
  return out.join("\n");
}

// Inside the package (not under node_modules), so that `import ... from "offseason"` resolves to this package.
mkdirSync(join(root, "test/artifacts"), { recursive: true });
const directory = mkdtempSync(join(root, "test/artifacts/examples-"));
const examples = [...apiExamples(), ...guideExamples().filter((example) => example.info === "")];
// Every whole program is type-checked, the server recipe included; ```js no-run fragments are not programs.
const typed = [...apiExamples(), ...guideExamples().filter((example) => example.info !== "no-run")];

let typesDirectory: string | undefined;
afterAll(() => {
  if (typesDirectory) rmSync(typesDirectory, { recursive: true, force: true });
});

/**
 * tsc's errors for every example, by example, from two runs over all of them as a consumer compiles them against the
 * built package (`import ... from "offseason"` resolves through the package's exports to dist/*.d.ts): the
 * TypeScript examples strictly, with skipLibCheck false; the JavaScript ones with checkJs (strict, but a JavaScript
 * parameter may be untyped).
 */
const typeErrors = (() => {
  let errors: Map<Example, string[]> | undefined;
  return () => {
    if (errors) return errors;
    const found = new Map<Example, string[]>(typed.map((example) => [example, []]));
    // A consumer's folder: offseason, its peer zod and the Node types installed (linked) in its node_modules.
    const types = mkdtempSync(join(tmpdir(), "offseason-examples-"));
    typesDirectory = types;
    mkdirSync(join(types, "node_modules/@types"), { recursive: true });
    symlinkSync(root, join(types, "node_modules/offseason"), "dir");
    symlinkSync(join(root, "node_modules/@types/node"), join(types, "node_modules/@types/node"), "dir");
    symlinkSync(join(root, "node_modules/zod"), join(types, "node_modules/zod"), "dir");
    writeFileSync(join(types, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    typed.forEach((example, index) => {
      writeFileSync(join(types, `${String(index)}.${example.language}`), example.code);
    });
    const strict = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: "node16",
      moduleResolution: "node16",
      target: "es2022",
      lib: ["es2022"],
      types: ["node"],
      moduleDetection: "force",
    };
    const projects = [
      { name: "tsconfig.ts.json", compilerOptions: strict, include: ["*.ts"] },
      {
        name: "tsconfig.js.json",
        compilerOptions: { ...strict, allowJs: true, checkJs: true, noImplicitAny: false },
        include: ["*.js"],
      },
    ];
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    for (const { name, ...project } of projects) {
      writeFileSync(join(types, name), JSON.stringify(project));
      const result = spawnSync(process.execPath, [tsc, "-p", join(types, name), "--pretty", "false"], {
        encoding: "utf8",
      });
      const located = [...result.stdout.matchAll(/^(?:.*[\\/])?(\d+)\.(?:ts|js)\((\d+),\d+\): (error TS\d+: .*)$/gm)];
      for (const match of located) {
        const example = typed[Number(match[1])];
        if (example) found.get(example)?.push(`line ${match[2] ?? "?"}: ${match[3] ?? ""}`);
      }
      // An error in no example (a config problem, a broken .d.ts) fails every example rather than none.
      if (result.status !== 0 && located.length === 0)
        throw new Error(`tsc -p ${name}: ${result.stdout}${result.stderr}`);
    }
    errors = found;
    return errors;
  };
})();

describe("documentation examples run against the built package", () => {
  it("finds the examples of every export, of the README and of the guides", () => {
    expect(examples.length).toBeGreaterThan(45);
    expect(new Set(examples.map((example) => example.where.split(" ")[0])).size).toBeGreaterThan(8);
  });

  it.each(examples.map((example) => [example.where, example] as const))("runs %s", (_where, example) => {
    const file = join(directory, `${String(examples.indexOf(example))}.mjs`);
    writeFileSync(file, toProgram(example.code));
    expect(() => execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8", stdio: "pipe" })).not.toThrow();
  });
});

describe("documentation examples type-check against the built package", () => {
  it("finds the TypeScript examples and the JavaScript programs", () => {
    expect(typed.filter((example) => example.language === "ts").length).toBeGreaterThan(45);
    expect(typed.filter((example) => example.language === "js").length).toBeGreaterThan(2);
  });

  it.each(typed.map((example) => [example.where, example] as const))("type-checks %s", (_where, example) => {
    expect(typeErrors().get(example)).toEqual([]);
  });
});
