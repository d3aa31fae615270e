// The checks that need a system package beside node_modules (Chromium, Python's jsonschema), which
// scripts/ensure-system-deps.sh installs from Debian where it can. Where it cannot, they are skipped with the reason;
// with CI set, nothing is skipped, so a missing package fails its test.
import { it } from "vitest";

/** Whether a check that needs a system package runs, and why not. */
export interface SystemCheck {
  readonly run: boolean;
  readonly reason: string;
}

/**
 * Decides whether a check runs: when its package is there, or when `CI` is set (then the check fails on the missing
 * package instead of being skipped).
 */
export function systemCheck(
  available: boolean,
  missing: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): SystemCheck {
  if (available) return { run: true, reason: "" };
  if (env.CI !== undefined && env.CI !== "")
    return { run: true, reason: `${missing}; CI is set, so this check fails instead of being skipped` };
  return { run: false, reason: `skipped: ${missing} (scripts/ensure-system-deps.sh installs it on Debian)` };
}

/** A skipped test that says why, in place of the checks of `check`, and the same notice on stderr. */
export function skippedBecause(check: SystemCheck, title: string): void {
  if (check.run) return;
  console.warn(`NOTICE: ${title}: ${check.reason}`);
  it(title, (context) => {
    context.skip(check.reason);
  });
}
