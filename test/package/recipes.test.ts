// The recipes that examples.test.ts cannot run as plain programs: the Node HTTP handler (a server) and the Python
// JSON Schema example. Both run as written in the docs, against the built package.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accepted, JSON_SCHEMA_EXPRESSES, rejected } from "../model/realPlanCases.js";
import { guideExamples } from "./guides.js";
import { skippedBecause, systemCheck } from "./systemDeps.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

function block(file: string, info: string): string {
  const found = guideExamples().find((example) => example.where.startsWith(file) && example.info === info);
  if (!found) throw new Error(`no \`\`\`js ${info} block in ${file}`);
  return found.code;
}

function fencedPython(file: string): string {
  const match = /```python\n([\s\S]*?)```/.exec(readFileSync(join(root, file), "utf8"));
  if (!match?.[1]) throw new Error(`no python block in ${file}`);
  return match[1];
}

describe("recipe: validating plans in a Node HTTP handler", () => {
  let server: ChildProcess;
  let url: string;
  const post = (body: string) => fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
  const plan = readFileSync(join(root, "examples/plan.json"), "utf8");
  const athlete = readFileSync(join(root, "examples/athlete.json"), "utf8");

  beforeAll(async () => {
    // Inside the package, so that `import ... from "offseason"` resolves to the built package.
    mkdirSync(join(root, "test/artifacts"), { recursive: true });
    const directory = mkdtempSync(join(root, "test/artifacts/recipe-"));
    const file = join(directory, "server.mjs");
    writeFileSync(file, block("docs/recipes/node-http-handler.md", "server"));
    server = spawn(process.execPath, [file], {
      cwd: root,
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    url = await new Promise<string>((resolve, reject) => {
      let output = "";
      server.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      server.stderr?.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
      });
      server.on("exit", (code) => {
        reject(new Error(`the recipe's server exited (${String(code)}): ${output}`));
      });
    });
  });

  afterAll(() => {
    server.kill();
  });

  it("answers a valid plan with its report", async () => {
    const response = await post(`{ "plan": ${plan}, "athlete": ${athlete} }`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { ok: boolean; counts: unknown; findings: unknown[] };
    expect(body).toMatchObject({ ok: true, counts: { error: 0, warning: 0, info: 2 } });
    expect(body.findings).toHaveLength(2);
  });

  it("answers an invalid plan or athlete with located issues (400)", async () => {
    const response = await post(
      '{ "plan": { "version": 1, "id": "x", "timezone": "Mars/Base", "startDate": "2026-11-02", "phases": [] } }',
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe("Invalid plan (2 problems):");
    expect(body.issues.map((issue) => issue.path)).toEqual(["plan.timezone", "plan.phases"]);
    const noPlan = (await (await post("{}")).json()) as { issues: { path: string }[] };
    expect(noPlan.issues.map((issue) => issue.path)).toEqual(["plan"]);
    const badAthlete = await post(`{ "plan": ${plan}, "athlete": { "id": "a" } }`);
    expect(badAthlete.status).toBe(400);
    expect(((await badAthlete.json()) as { issues: { path: string }[] }).issues[0]?.path).toMatch(/^athlete\./);
  });

  it("answers a plan that parses but cannot be expanded with 422", async () => {
    const withException = JSON.stringify({
      ...(JSON.parse(plan) as object),
      exceptions: [{ action: "skip", date: "2026-11-05", sessionId: "t-long" }],
    });
    const response = await post(`{ "plan": ${withException} }`);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toEqual([
      "plan.exceptions[0]",
    ]);
  });

  it("refuses bodies that are not JSON objects (400), too large (413), other methods (405) and paths (404)", async () => {
    expect((await post("{ not json")).status).toBe(400);
    expect((await post("[1, 2]")).status).toBe(400);
    expect((await post("null")).status).toBe(400);
    expect((await post(`{ "plan": "${"x".repeat(2 * 1024 * 1024)}" }`)).status).toBe(413);
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url.replace("/validate", "/other"), { method: "POST", body: "{}" })).status).toBe(404);
  });
});

/** A Python 3 with jsonschema (Debian's python3-jsonschema, which .ci/run installs, or the first python3 on PATH). */
function pythonWithJsonSchema(): string | undefined {
  return ["python3", "/usr/bin/python3"].find(
    (python) => spawnSync(python, ["-c", "import jsonschema"], { stdio: "ignore" }).status === 0,
  );
}

describe("recipe: using plan.schema.json from another language", () => {
  const python = pythonWithJsonSchema();
  const check = systemCheck(python !== undefined, "no Python 3 with jsonschema (Debian's python3-jsonschema)");

  skippedBecause(check, "the Python example against the shipped schema");

  it.runIf(check.run)("has a Python that can run the recipe (python3-jsonschema; .ci/run installs it)", () => {
    expect(python).toBeDefined();
  });

  it.runIf(check.run)("runs the Python example against the shipped schema: the located error, exit code 1", () => {
    const directory = mkdtempSync(join(tmpdir(), "offseason-python-"));
    try {
      mkdirSync(join(directory, "node_modules/offseason/dist"), { recursive: true });
      copyFileSync(
        join(root, "dist/plan.schema.json"),
        join(directory, "node_modules/offseason/dist/plan.schema.json"),
      );
      writeFileSync(join(directory, "check.py"), fencedPython("docs/recipes/json-schema-from-other-languages.md"));
      const result = spawnSync(python ?? "python3", ["check.py"], { cwd: directory, encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe("phases[0].weeks: 0 is less than the minimum of 1\n");
      expect(result.status).toBe(1);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it.runIf(check.run)(
    "Python's jsonschema accepts the real-plan format additions and rejects what the schema expresses",
    () => {
      const directory = mkdtempSync(join(tmpdir(), "offseason-python-"));
      try {
        const cases = [
          ...accepted.map(([name, plan]) => ({ name, plan, valid: true })),
          ...rejected
            .filter(([name]) => JSON_SCHEMA_EXPRESSES.has(name))
            .map(([name, plan]) => ({ name, plan, valid: false })),
        ];
        writeFileSync(join(directory, "cases.json"), JSON.stringify(cases));
        const script = [
          "import json, sys",
          "from jsonschema import Draft202012Validator",
          `schema = json.load(open(${JSON.stringify(join(root, "dist/plan.schema.json"))}))`,
          "validator = Draft202012Validator(schema)",
          "for case in json.load(open('cases.json')):",
          "    if validator.is_valid(case['plan']) != case['valid']: print(case['name'])",
        ].join("\n");
        writeFileSync(join(directory, "cases.py"), script);
        const result = spawnSync(python ?? "python3", ["cases.py"], { cwd: directory, encoding: "utf8" });
        expect(result.stderr).toBe("");
        expect(result.stdout).toBe("");
        expect(result.status).toBe(0);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  );
});
