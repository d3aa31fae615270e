import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Example {
  readonly where: string;
  readonly code: string;
}

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

/** The README's ```ts blocks that are whole programs (they import from offseason). */
function readmeExamples(): Example[] {
  const text = readFileSync(join(root, "README.md"), "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match, index) => ({ where: `README.md block ${String(index + 1)}`, code: match[1] ?? "" }))
    .filter((example) => example.code.includes('from "offseason'));
}

/**
 * Turns `expression; //=> value` (also with the `//=>` line under a multi-line statement) into an assertion that the
 * expression deep-equals the value, or, for a value ending in "...", starts with it.
 */
function toProgram(code: string): string {
  const lines = code.split("\n");
  const out: string[] = ['import { deepStrictEqual as __equal } from "node:assert";'];
  const check = (expression: string, expected: string) =>
    expected.endsWith("...")
      ? `{ const __actual = String(${expression}); if (!__actual.startsWith(${JSON.stringify(expected.slice(0, -3))})) throw new Error("expected " + ${JSON.stringify(expected)} + ", got " + __actual); }`
      : `__equal(${expression}, ${expected});`;
  let pending: string[] = [];
  for (const line of lines) {
    const inline = /^(.*?);?\s*\/\/=> (.*)$/.exec(line);
    const standalone = /^\s*\/\/=> (.*)$/.exec(line);
    if (standalone && pending.length > 0) {
      out.push(check(pending.join("\n").replace(/;\s*$/, ""), standalone[1] ?? "undefined"));
      pending = [];
    } else if (inline && !standalone) {
      out.push(...pending);
      pending = [];
      out.push(check(inline[1] ?? "undefined", inline[2] ?? "undefined"));
    } else {
      out.push(...pending);
      pending = line.trim() === "" ? [] : [line];
    }
  }
  out.push(...pending);
  return out.join("\n");
}

const directory = mkdtempSync(join(root, "node_modules/.offseason-examples-"));
const examples = [...apiExamples(), ...readmeExamples()];

describe("documentation examples run against the built package", () => {
  it("finds the examples of every export and of the README", () => {
    expect(examples.length).toBeGreaterThan(40);
  });

  it.each(examples.map((example) => [example.where, example] as const))("%s", (_where, example) => {
    const file = join(directory, `${String(examples.indexOf(example))}.mjs`);
    writeFileSync(file, toProgram(example.code));
    expect(() => execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8", stdio: "pipe" })).not.toThrow();
  });
});

void tmpdir;
