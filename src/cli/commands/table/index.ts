/**
 * The command table: every `spbe` command, in the order of the help (the order of the work). Add a command here (its declaration), in
 * `args.ts` (how its values become typed options) and in `main.ts` (how it runs and prints).
 */
import { PLAN, REPORT, SCORE, TEMPLATE } from "./templateCommands";
import { MERGE, RECAP, SPLIT } from "./unitCommands";
import type { CommandDecl } from "./types";

export const COMMAND_TABLE = {
  template: TEMPLATE,
  score: SCORE,
  plan: PLAN,
  report: REPORT,
  split: SPLIT,
  merge: MERGE,
  recap: RECAP,
} as const satisfies Record<string, CommandDecl>;

export type CommandName = keyof typeof COMMAND_TABLE;

export const COMMANDS = Object.keys(COMMAND_TABLE) as readonly CommandName[];

export { allowedOf, placeholderOf, type Bilingual, type CommandDecl, type OptionDecl } from "./types";
