// The code blocks of the Markdown guides, for the tests that run them (examples.test.ts, recipes.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A code example and where it comes from. */
export interface Example {
  readonly where: string;
  readonly code: string;
}

/** The Markdown guides: the README, docs/*.md and docs/recipes/*.md. */
function guides(): string[] {
  const inDocs = (directory: string) =>
    readdirSync(join(root, directory))
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(directory, name));
  return ["README.md", ...inDocs("docs"), ...inDocs("docs/recipes")];
}

/**
 * The guides' ```ts and ```js blocks that are whole programs (they import from offseason). A block marked
 * ```js no-run is a fragment; ```js server starts a server and has its own test (recipes.test.ts).
 */
export function guideExamples(): (Example & { readonly info: string })[] {
  return guides().flatMap((file) =>
    [...readFileSync(join(root, file), "utf8").matchAll(/```(ts|js)([^\n]*)\n([\s\S]*?)```/g)]
      .map((match, index) => ({ where: `${file} block ${String(index + 1)}`, info: (match[2] ?? "").trim(), code: match[3] ?? "" }))
      .filter((example) => example.code.includes('from "offseason')),
  );
}

