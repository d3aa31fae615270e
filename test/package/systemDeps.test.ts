// Where the Chromium and Python checks run: installed on Debian, skipped with a notice elsewhere, never skipped in CI.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { systemCheck } from "./systemDeps.js";

const script = fileURLToPath(new URL("../../scripts/ensure-system-deps.sh", import.meta.url));
const fakeBin = mkdtempSync(join(tmpdir(), "offseason-fake-bin-"));
const emptyBin = mkdtempSync(join(tmpdir(), "offseason-empty-bin-"));

afterAll(() => {
  rmSync(fakeBin, { recursive: true, force: true });
  rmSync(emptyBin, { recursive: true, force: true });
});

/** Runs the script with only `bin` on PATH and no Chromium; CI only when given (never inherited). */
function ensure(bin: string, ci?: string) {
  const env: Record<string, string> = {
    PATH: bin,
    CHROMIUM_PATH: "/nonexistent/chromium",
    ...(ci === undefined ? {} : { CI: ci }),
  };
  return spawnSync("/bin/bash", [script], { env, encoding: "utf8" });
}

describe("systemCheck", () => {
  it("runs a check whose package is there", () => {
    expect(systemCheck(true, "no Chromium", {})).toEqual({ run: true, reason: "" });
    expect(systemCheck(true, "no Chromium", { CI: "true" }).run).toBe(true);
  });

  it("skips a check whose package is missing, with the reason, outside CI", () => {
    const check = systemCheck(false, "no Chromium at /usr/bin/chromium", {});
    expect(check.run).toBe(false);
    expect(check.reason).toMatch(/^skipped: no Chromium at \/usr\/bin\/chromium/);
    expect(systemCheck(false, "no Chromium", { CI: "" }).run).toBe(false);
  });

  it("never skips in CI: the check runs and fails on the missing package", () => {
    expect(systemCheck(false, "no Chromium", { CI: "true" }).run).toBe(true);
    expect(systemCheck(false, "no Chromium", { CI: "1" }).run).toBe(true);
  });
});

describe("scripts/ensure-system-deps.sh", () => {
  it("without apt-get, outside CI: a notice that the checks are skipped, exit 0", () => {
    const result = ensure(emptyBin);
    expect(result.stderr).toMatch(/^NOTICE: no apt-get to install them: the checks that need chromium.* are skipped/);
    expect(result.status).toBe(0);
  });

  it("without apt-get, with CI set: fails, naming what is missing", () => {
    const result = ensure(emptyBin, "true");
    expect(result.stderr).toMatch(/^npm test needs: chromium.*CI is set, so nothing is skipped\.$/m);
    expect(result.status).toBe(1);
  });

  it("with apt-get (as root): installs the missing packages from Debian", () => {
    const log = join(fakeBin, "apt-get.log");
    writeFileSync(join(fakeBin, "apt-get"), `#!/bin/bash\necho "$*" >> ${JSON.stringify(log)}\n`);
    writeFileSync(join(fakeBin, "id"), "#!/bin/bash\necho 0\n");
    chmodSync(join(fakeBin, "apt-get"), 0o755);
    chmodSync(join(fakeBin, "id"), 0o755);
    const result = ensure(fakeBin, "true");
    expect(result.status).toBe(0);
    expect(readFileSync(log, "utf8")).toMatch(
      /^update -qq\ninstall -y -qq --no-install-recommends chromium( python3-jsonschema)?\n$/,
    );
  });
});
