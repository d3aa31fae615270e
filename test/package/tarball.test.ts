// The package as npm ships it: packed from a clean clone (the tracked files only, so no dist/ until `prepack` builds
// it), then installed in a consumer beside the lowest zod that `peerDependencies` allows, from the npm registry.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  bin: Record<string, string>;
  peerDependencies: Record<string, string>;
};

/** The lowest version a caret range allows: `^4.5.0` gives 4.5.0. */
function lowestOf(range: string): string {
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range);
  if (!match?.[1]) throw new Error(`peerDependencies.zod should be a caret range such as ^4.5.0, not ${range}`);
  return match[1];
}

/** Every file that `exports` and `bin` point to, as paths inside the tarball. */
function shippedTargets(): string[] {
  const targets = Object.values(manifest.exports).flatMap((target) =>
    typeof target === "string" ? [target] : Object.values(target).flatMap((conditions) => Object.values(conditions)),
  );
  return [...new Set([...targets, ...Object.values(manifest.bin)].map((path) => path.replace(/^\.\//, "")))].sort();
}

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const lowestZod = lowestOf(manifest.peerDependencies.zod ?? "");
let temp: string;
let packed: { filename: string; files: { path: string }[] };
let consumer: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "offseason-tarball-"));
  const clone = join(temp, "clone");
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir");
  // No --ignore-scripts: packing must build dist/ by itself (`prepack`).
  // The build's log comes first on stdout, then npm's JSON.
  const output = npm(["pack", "--json", "--pack-destination", temp], clone);
  [packed] = JSON.parse(/^\[\n[\s\S]*$/m.exec(output)?.[0] ?? output) as [typeof packed];

  consumer = join(temp, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  npm(
    ["install", "--no-audit", "--no-fund", "--prefer-offline", join(temp, packed.filename), `zod@${lowestZod}`],
    consumer,
  );
}, 300_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe("the tarball packed from a clean clone", () => {
  it("builds dist/ on pack and holds every file that exports and bin point to", () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(shippedTargets()));
    expect(paths).toEqual(
      expect.arrayContaining([
        "dist/esm/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/ical.d.ts",
        "dist/ical.d.cts",
        "dist/workouts.d.ts",
        "dist/workouts.d.cts",
        "dist/cli.js",
      ]),
    );
  });
});

describe(`a consumer of the tarball with the lowest zod the peer range allows (zod ${lowestZod})`, () => {
  const example = () => join(root, "examples/plan.json").replaceAll("\\", "/");

  it("has that exact zod installed", () => {
    expect(
      (JSON.parse(readFileSync(join(consumer, "node_modules/zod/package.json"), "utf8")) as { version: string })
        .version,
    ).toBe(lowestZod);
  });

  it.each([
    [
      "import",
      "run.mjs",
      `import { readFileSync } from "node:fs"; import { parsePlan, validatePlan } from "offseason"; import { toICalendar } from "offseason/ical"; import { toFitWorkout } from "offseason/workouts"; import { expandPlan } from "offseason";`,
    ],
    [
      "require",
      "run.cjs",
      `const { readFileSync } = require("node:fs"); const { parsePlan, validatePlan } = require("offseason"); const { toICalendar } = require("offseason/ical"); const { toFitWorkout } = require("offseason/workouts"); const { expandPlan } = require("offseason");`,
    ],
  ])("runs with %s: parses, validates and exports the example plan", (_how, file, imports) => {
    const program = `${imports}
const plan = parsePlan(JSON.parse(readFileSync(${JSON.stringify(example())}, "utf8")));
const report = validatePlan(plan);
const ics = toICalendar(plan, { now: "2026-11-01T00:00:00Z" });
const run = expandPlan(plan).find((occurrence) => occurrence.kind === "run");
const fit = String.fromCharCode(...toFitWorkout(run).data.subarray(8, 12)) === ".FIT";
console.log(JSON.stringify({ id: plan.id, ok: report.ok, ics: ics.startsWith("BEGIN:VCALENDAR"), fit }));`;
    writeFileSync(join(consumer, file), program);
    const output = execFileSync(process.execPath, [file], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({ id: "jordan-winter-2026", ok: true, ics: true, fit: true });
  });

  it("type-checks with strict TypeScript and skipLibCheck false, with import (node16 ESM) and require (node16 CJS)", () => {
    copyFileSync(join(root, "test/package/consumers/consumer.ts"), join(consumer, "consumer.ts"));
    copyFileSync(join(root, "test/package/consumers/consumer.ts"), join(consumer, "consumer.cts"));
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: "node16",
      moduleResolution: "node16",
      target: "es2022",
      types: [],
    };
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions, files: ["consumer.ts", "consumer.cts"] }),
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const result = (() => {
      try {
        return execFileSync(process.execPath, [tsc, "-p", consumer], { encoding: "utf8", stdio: "pipe" });
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(result).toBe("");
  });
});
