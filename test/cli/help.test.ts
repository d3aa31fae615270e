// The help is generated from the command table and each command's option table: it lists exactly what parses.
import { runCli } from "../helpers/cli.js";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";

const cli = (argv: string[]) => runCli(argv);

describe("generated help", () => {
  it("lists every command of the table, once, in its order", async () => {
    const { stdout } = await cli(["--help"]);
    const listed = [...stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1]);
    expect(listed).toEqual(COMMANDS.map((command) => command.name));
  });

  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    "%s: every option of the table is in the usage line and the option list, and no other",
    async (name, command) => {
      const { stdout, code } = await cli([name, "--help"]);
      expect(code).toBe(0);
      const [usage = "", , ...rest] = stdout.split("\n");
      expect(usage.startsWith(`Usage: offseason ${name}`)).toBe(true);
      const names = Object.keys(command.options);
      expect([...usage.matchAll(/--([a-z-]+)/g)].map((match) => match[1]).sort()).toEqual([...names].sort());
      const listed = rest.flatMap((line) => /^ {2}--([a-z-]+)/.exec(line)?.[1] ?? []);
      expect(listed).toEqual(names);
      expect(usage).toContain(`[--format ${command.options.format.choices.join("|")}]`);
    },
  );

  it("writes each option with its value, description and default in aligned columns", async () => {
    const { stdout } = await cli(["help", "generate"]);
    expect(stdout).toBe(
      [
        "Usage: offseason generate <athlete.json|-> --start YYYY-MM-DD [--weeks N] [--seed N] [--out plan.json] [--locale en|es|de] [--format json]",
        "",
        "Builds an off-season plan for an athlete and prints it as JSON (or writes it to --out, a regular file).",
        "  --start D   first day of the plan",
        "  --weeks N   4 to 52 (default: 12)",
        "  --seed N    varies exercises and cross-training; the same seed gives the same plan",
        "  --out FILE  write the plan to FILE instead of standard output",
        "  --locale L  the language of findings, problems and labels: en (default), es or de",
        "  --format F  json, the only one; given, errors too are JSON on standard output",
        "",
      ].join("\n"),
    );
    expect((await cli(["help", "adjust"])).stdout).toMatch(
      /^Usage: offseason adjust <plan\.json\|-> \(--shift D:\+N \[--session ID\] \| --pause D\.\.D \[--drop\] \| --swap D,D \| --rest D \| --travel D\.\.D@ZONE\) \[--reason TEXT\] \[--out new\.json\] \[--locale en\|es\|de\] \[--format text\|json\]\n/,
    );
    expect((await cli(["help", "validate"])).stdout).toContain("[--rule id=severity]... [--quiet]");
  });

  it("refuses --help for an unknown command, and positionals where a command takes none", async () => {
    expect(await cli(["help", "constructor"])).toMatchObject({ code: 2, stdout: "" });
    expect((await cli(["rules", "extra", "--format", "yaml"])).stderr).toBe(
      "offseason: rules takes no arguments; unexpected: extra.\n",
    );
  });
});
