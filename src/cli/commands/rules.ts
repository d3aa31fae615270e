// `offseason rules`: the rule catalog with its defaults per level.
import packageJson from "../../../package.json" with { type: "json" };
import { rules as catalog } from "../../index.js";
import { defineCommand } from "../command.js";
import { formatRules, rulesJson } from "../format.js";
import { EXIT } from "../io.js";

/** Where a rule's `#fragment` points: docs/rules.md in the repository (docs/ is not in the package). */
const RULES_PAGE = `${packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/docs/rules.md`;

export const rules = defineCommand({
  name: "rules",
  summary: "list the rules with their defaults per level",
  positionals: "",
  description: "Lists every rule with its fundamental, default severity, options per level and description.",
  options: {
    format: { type: "string", value: "F", choices: ["text", "json"], description: "text (default) or json" },
  },
  run({ format }, io) {
    io.stdout(
      format === "json"
        ? `${JSON.stringify(rulesJson(catalog, RULES_PAGE), null, 2)}\n`
        : formatRules(catalog, io.color),
    );
    return EXIT.ok;
  },
});
