/**
 * The command table is the one declaration of each command's options: the parser accepts exactly what the help
 * documents. These tests would fail if an option were added to one and not the other.
 */
import { parseArgv } from "../../src/cli/args";
import { COMMAND_TABLE, COMMANDS } from "../../src/cli/commands/table";
import { helpText } from "../../src/cli/help";
import { usageErrorOf as usage } from "./helpers";

describe("command table", () => {
  it.each(COMMANDS)("the help of %s documents every option the table declares, in both languages", (command) => {
    for (const language of ["id", "en"] as const) {
      const text = helpText(language, command);
      for (const [name, option] of Object.entries(COMMAND_TABLE[command].options)) {
        expect(text).toMatch(new RegExp(`^  ${option.short ? `-${option.short}, ` : ""}--${name}\\b`, "m"));
        expect(text).toContain(option.describe[language].split("\n")[0]);
      }
      for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(120);
    }
  });

  it.each(COMMANDS)("the parser knows every option of %s (none is 'unknown')", (command) => {
    for (const [name, option] of Object.entries(COMMAND_TABLE[command].options)) {
      const words = option.type === "boolean" ? [`--${name}`] : [`--${name}`, "x"];
      let code: string | undefined;
      try {
        parseArgv([command, ...words]);
      } catch {
        code = usage([command, ...words]).code;
      }
      expect(code).not.toBe("OPTION_UNKNOWN");
    }
  });

  it("refuses an option the table does not declare for that command", () => {
    expect(usage(["merge", "k.xlsx", "u.xlsx", "--out", "m.xlsx", "--practice", "exact"]).code).toBe("OPTION_UNKNOWN");
  });

  it("lists every command in the general help, in the table's order", () => {
    const text = helpText("id");
    const positions = COMMANDS.map((name) => text.indexOf(`  spbe ${name} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
