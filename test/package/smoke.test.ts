import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { toJSONSchema } from "zod/mini";
import { PlanSchema } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const consumers = join(root, "test/package/consumers");
const expected = { id: "jordan-winter-2026", phases: 3, errorIsClass: true, schemaTitle: "offseason plan" };

function runNode(file: string): unknown {
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" })) as unknown;
}

describe("the built package", () => {
  it("packs only what users need: dist, README, LICENSE, CHANGELOG and package.json", () => {
    const [pack] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" }),
    ) as [{ files: { path: string }[] }];
    const outside = pack.files.map((file) => file.path).filter((path) => !path.startsWith("dist/"));
    expect(outside.sort()).toEqual(["CHANGELOG.md", "LICENSE", "README.md", "package.json"]);
    expect(pack.files.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        "dist/esm/index.js",
        "dist/index.cjs",
        "dist/index.d.ts",
        "dist/index.d.cts",
        "dist/cli.js",
        "dist/plan.schema.json",
      ]),
    );
    // The CLI ships once, as the dist/cli.js bundle; the ESM modules are the library's alone.
    expect(pack.files.filter((file) => file.path.startsWith("dist/esm/cli/"))).toEqual([]);
  });

  it("never ships Garmin's FIT SDK: not a dependency or peer, not imported or bundled by any file of dist/", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies"])
      expect(Object.keys(manifest[field] ?? {}), field).not.toContain("@garmin/fitsdk");
    const files = readdirSync(join(root, "dist"), { recursive: true, encoding: "utf8" });
    for (const file of files) {
      if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
      const text = readFileSync(join(root, "dist", file), "utf8");
      expect(text, file).not.toMatch(/(?:from|import\(|require\()\s*["']@garmin\/fitsdk/);
      // The SDK's own sources carry its licence header and its profile's name table.
      expect(text, file).not.toMatch(/FIT Protocol License|Garmin International/);
    }
  });

  it("ships the JSON Schemas that docs/schema/ shows (run `npm run docs:schema` when this fails)", () => {
    for (const file of ["plan.schema.json", "athlete.schema.json", "activities.schema.json"]) {
      expect(readFileSync(join(root, "docs/schema", file), "utf8"), file).toBe(
        readFileSync(join(root, "dist", file), "utf8"),
      );
    }
  });

  it("loads as ESM with plain node, schema subpath included", () => {
    expect(runNode(join(consumers, "esm.mjs"))).toEqual(expected);
  });

  it("loads as CJS with plain node, schema and package.json subpaths included", () => {
    expect(runNode(join(consumers, "cjs.cjs"))).toEqual({ ...expected, hasVersion: true });
  });

  it("bundles for the browser with esbuild and runs", async () => {
    const result = await build({
      stdin: {
        contents:
          'import { safeParsePlan } from "offseason"; console.log(JSON.stringify(safeParsePlan({ version: 1 }).success));',
        resolveDir: root,
      },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/require\(["']node:/);
    const file = join(mkdtempSync(join(tmpdir(), "offseason-bundle-")), "bundle.mjs");
    writeFileSync(file, code);
    expect(runNode(file)).toBe(false);
  });

  it("ships the JSON Schema generated from PlanSchema", () => {
    const shipped = JSON.parse(readFileSync(join(root, "dist/plan.schema.json"), "utf8")) as Record<string, unknown>;
    expect(shipped).toMatchObject(toJSONSchema(PlanSchema, { target: "draft-2020-12" }));
  });

  it.each([
    ["node16", "module", "consumer.ts"],
    ["node16", "commonjs", "consumer.cts"],
    ["bundler", "module", "consumer.ts"],
  ])("type-checks a TypeScript consumer under moduleResolution %s (%s)", (resolution, type, file) => {
    const dir = mkdtempSync(join(tmpdir(), "offseason-consumer-"));
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules/offseason"), "dir");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type }));
    const compilerOptions = {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: resolution === "bundler" ? "esnext" : "node16",
      moduleResolution: resolution,
      target: "es2022",
      types: [],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [file] }));
    copyFileSync(join(consumers, "consumer.ts"), join(dir, file));
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    expect(() => execFileSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8", stdio: "pipe" })).not.toThrow();
  });
});
