// The bundle budgets measure what a consumer bundles: size-limit marks peer dependencies external, and .size-limit.js
// takes zod back in.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Check {
  readonly name: string;
  readonly path: string;
  readonly import: string;
  readonly modifyEsbuildConfig?: (config: { external?: string[] }) => { external?: string[] };
}

const { default: checks } = (await import(new URL("../../.size-limit.js", import.meta.url).href)) as {
  default: Check[];
};

// The locales are data: they import nothing, zod neither, so the check is of the entries that run code.
const withCode = checks.filter((check) => !check.path.includes("/locales/"));

describe("the bundle budgets (.size-limit.js)", () => {
  it("budget each shipped locale on its own", () => {
    expect(checks.filter((check) => check.path.includes("/locales/")).map((check) => check.name)).toEqual([
      "{ es } from offseason/locales/es",
      "{ de } from offseason/locales/de",
    ]);
  });

  it.each(withCode.map((check) => [check.name, check] as const))(
    "%s bundles zod, as a consumer does",
    async (_name, check) => {
      // What size-limit hands to the hook: the peer dependencies as externals.
      const { external } = check.modifyEsbuildConfig?.({ external: ["zod"] }) ?? { external: ["zod"] };
      const result = await build({
        stdin: {
          contents: `import ${check.import} from "./${check.path}"; console.log(${check.import.replace(/[{}]/g, "").trim()});`,
          resolveDir: root,
        },
        bundle: true,
        format: "esm",
        platform: "browser",
        write: false,
        metafile: true,
        logLevel: "silent",
        ...(external ? { external } : {}),
      });
      expect(Object.keys(result.metafile.inputs).some((input) => input.includes("node_modules/zod/"))).toBe(true);
    },
  );
});
