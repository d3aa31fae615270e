// The code blocks of the Markdown guides, for the tests that run and type-check them (examples.test.ts, recipes.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A code example and where it comes from. */
export interface Example {
  readonly where: string;
  readonly code: string;
  /** The fence's language: TypeScript examples are type-checked strictly, JavaScript ones with checkJs. */
  readonly language: "ts" | "js";
}

/** The Markdown guides: the README and every docs/**\/*.md but the generated API reference (docs/api/). */
function guides(): string[] {
  const inDocs = (directory: string): string[] =>
    readdirSync(join(root, directory), { withFileTypes: true }).flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return path === join("docs", "api") ? [] : inDocs(path);
      return entry.name.endsWith(".md") ? [path] : [];
    });
  return ["README.md", ...inDocs("docs").sort()];
}

/**
 * The guides' ```ts and ```js blocks that are whole programs (they import from offseason). A block marked
 * ```js no-run is a fragment; ```js server starts a server and has its own test (recipes.test.ts).
 */
export function guideExamples(): (Example & { readonly info: string })[] {
  return guides().flatMap((file) =>
    [...readFileSync(join(root, file), "utf8").matchAll(/```(ts|js)([^\n]*)\n([\s\S]*?)```/g)]
      .map((match, index) => ({
        where: `${file} block ${String(index + 1)}`,
        language: match[1] === "ts" ? ("ts" as const) : ("js" as const),
        info: (match[2] ?? "").trim(),
        code: match[3] ?? "",
      }))
      .filter((example) => example.code.includes('from "offseason')),
  );
}
