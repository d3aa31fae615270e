import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
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
      examples.push({ where: `${file.slice(root.length)}:${String(index + 1)}`, code: block.join("\n") });
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

describe("documentation examples run against the built package", () => {
  it("finds the examples of every export, of the README and of the guides", () => {
    expect(examples.length).toBeGreaterThan(45);
    expect(new Set(examples.map((example) => example.where.split(" ")[0])).size).toBeGreaterThan(8);
  });

  it.each(examples.map((example) => [example.where, example] as const))("%s", (_where, example) => {
    const file = join(directory, `${String(examples.indexOf(example))}.mjs`);
    writeFileSync(file, toProgram(example.code));
    expect(() => execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8", stdio: "pipe" })).not.toThrow();
  });
});

