// The contributor docs: docs/design.md and docs/domain.md exist, are linked and published, and nothing refers to the
// DESIGN.md / DOMAIN.md that the repository never had.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(join(root, file), "utf8");
const tracked = () =>
  execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => file !== "" && existsSync(join(root, file)));

describe("the contributor docs", () => {
  it("are what the repository refers to: no file mentions a DESIGN.md or DOMAIN.md", () => {
    const mentions = tracked()
      .filter(
        (file) =>
          /\.(ts|mts|mjs|js|cjs|md|json)$/.test(file) &&
          file !== "test/package/docs.test.ts" &&
          !file.startsWith(".changeset/"),
      )
      .filter((file) => /\b(DESIGN|DOMAIN)\.md\b/.test(read(file)));
    expect(mentions).toEqual([]);
  });

  it("are linked from the README and CONTRIBUTING.md, and every guide of docs/ is in the API reference", () => {
    for (const file of ["README.md", "CONTRIBUTING.md"]) {
      expect(read(file), file).toContain("docs/design.md");
      expect(read(file), file).toContain("docs/domain.md");
    }
    const { projectDocuments } = JSON.parse(read("typedoc.json")) as { projectDocuments: string[] };
    const guides = tracked().filter((file) => file.startsWith("docs/") && file.endsWith(".md"));
    expect(guides).toEqual(expect.arrayContaining(["docs/design.md", "docs/domain.md"]));
    expect(projectDocuments).toEqual(expect.arrayContaining(guides));
  });

  it("list the rule catalog in docs/domain.md: every built-in rule, in order, with its default severity and evidence", () => {
    const table = [
      ...read("docs/domain.md").matchAll(
        /^\| `([a-z-]+)` \| ([a-z-]+) \| .* \| ([a-z]+)( \(coverage\))? \| ([SMC/-]+) \|$/gm,
      ),
    ];
    expect(table.map((row) => row[1])).toEqual(rules.map((rule) => rule.meta.id));
    // A coverage rule's default reads "info (coverage)" (docs/domain.md, Coaching model).
    for (const [, id, fundamental, severity, coverage, evidence] of table) {
      const meta = rules.find((rule) => rule.meta.id === id)?.meta;
      expect({ fundamental, severity, coverage: coverage !== undefined, evidence }, id).toEqual({
        fundamental: meta?.fundamental,
        severity: meta?.defaultSeverity,
        coverage: meta?.type === "coverage",
        evidence: meta?.evidence,
      });
    }
  });
});
