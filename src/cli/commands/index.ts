/**
 * The table of the CLI's commands, in the order `offseason --help` lists them.
 *
 * Adding a command is adding a file and a line: write `commands/<name>.ts` exporting
 * `defineCommand({ name, summary, positionals, description, options, notes?, run })` (its option table gives the
 * parser, the usage line and the option list of its help; `--format` with its `choices` is required), then add it to
 * the list below. Nothing else changes: run.ts dispatches by name, answers `--help` and checks `--format` for every
 * command of this table. A command never imports run.ts or this file (the import graph stays acyclic).
 */
import type { Command } from "../command.js";
import { adherence } from "./adherence.js";
import { adjust } from "./adjust.js";
import { demo } from "./demo.js";
import { diff } from "./diff.js";
import { exportCommand } from "./export.js";
import { fitness } from "./fitness.js";
import { generate } from "./generate.js";
import { paces } from "./paces.js";
import { rules } from "./rules.js";
import { schedule } from "./schedule.js";
import { validate } from "./validate.js";

export const COMMANDS: readonly Command[] = [
  demo,
  validate,
  schedule,
  generate,
  paces,
  rules,
  adherence,
  fitness,
  adjust,
  diff,
  exportCommand,
];
