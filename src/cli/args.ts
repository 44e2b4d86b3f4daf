/**
 * The command line, parsed: argv in, one typed invocation out, or a usage error (exit 2) with a plain sentence.
 *
 * Node's `util.parseArgs` splits the words into tokens; the checks are done here on those tokens so that every
 * message comes from our catalogue, in the user's language, and names the option at fault. Nothing here touches
 * a file: parsing is pure, so a table of argv cases can test it directly.
 */
import { parseArgs } from "node:util";
import { EVALUATION_YEARS, isSpbeError, parseDeadline, resolveFramework, type Framework, type Language, type PredikatPractice } from "../core";
import { usageError } from "./errors";
import { COMMAND_TABLE, COMMANDS, allowedOf, type CommandName, type OptionDecl } from "./commands/table";
import type {
  Invocation, MergeCliOptions, OwnTableChoice, PlanCliOptions, RecapCliOptions, ReportCliOptions, ScoreOptions, SplitCliOptions, TemplateOptions,
} from "./invocation";

export { COMMANDS, type CommandName } from "./commands/table";
export type * from "./invocation";

/** What the tokenizer needs of an option; the table's declarations have more (the help's words). */
type TokenSpec = Pick<OptionDecl, "type" | "short" | "value" | "allowed">;
type TokenSpecs = Readonly<Record<string, TokenSpec>>;

/** Every command takes --help beside its own options; the general help documents it once. */
const HELP_OPTION: TokenSpec = { type: "boolean", short: "h" };

/** The options before the command word (documented under "Opsi umum" in the general help). */
const GLOBAL_OPTIONS: TokenSpecs = {
  help: HELP_OPTION,
  version: { type: "boolean", short: "v" },
  lang: { type: "string", allowed: "id|en" },
};

/** The options `readTokens` accepts after a command: the table's, and --help. */
function optionsOf(command: CommandName): TokenSpecs {
  return { help: HELP_OPTION, ...COMMAND_TABLE[command].options };
}

/** The values an error names for one of a command's options. */
function allowed(command: CommandName, option: string): string | undefined {
  return allowedOf(optionsOf(command)[option]);
}

const PRACTICES: readonly PredikatPractice[] = ["exact", "rounded"];
const MIN_YEAR = EVALUATION_YEARS.first;
const MAX_YEAR = EVALUATION_YEARS.last;

type Values = Record<string, string | boolean | undefined>;

function toParseArgsOptions(specs: TokenSpecs) {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]),
  );
}

/**
 * Splits `args` into option values and positionals, checking every option token against `specs`: unknown
 * options, string options without a value, flags given a value and repeated options are usage errors.
 */
function readTokens(args: readonly string[], specs: TokenSpecs, command?: CommandName): { values: Values; positionals: string[] } {
  const { tokens } = parseArgs({ args: [...args], options: toParseArgsOptions(specs), strict: false, allowPositionals: true, tokens: true });
  const values: Values = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const spec = specs[token.name];
    const option = token.rawName.startsWith("--") ? token.rawName : `${token.rawName} (--${token.name})`;
    if (!spec) throw usageError("OPTION_UNKNOWN", { option: token.rawName, command });
    if (token.name in values) throw usageError("OPTION_REPEATED", { option: `--${token.name}`, command });
    if (spec.type === "boolean") {
      if (token.value !== undefined) throw usageError("OPTION_TAKES_NO_VALUE", { option, value: token.value, command });
      values[token.name] = true;
    } else {
      // parseArgs takes the next word as the value even when it is another option ("--out --force"): refuse that,
      // as its strict mode does, unless the value was attached with "=".
      const value = token.value;
      if (value === undefined || (!token.inlineValue && value.startsWith("-") && value !== "-")) {
        throw usageError("OPTION_VALUE_MISSING", { option, allowed: allowedOf(spec), command });
      }
      values[token.name] = value;
    }
  }
  return { values, positionals };
}

function parseLanguage(value: string | boolean | undefined): Language {
  if (value === undefined) return "id";
  const key = String(value).trim().toLowerCase();
  if (key === "id" || key === "en") return key;
  throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--lang", value, allowed: "id, en" });
}

/**
 * The language of messages, found before parsing so that even a usage error is in the user's language.
 * A missing or invalid --lang gives Indonesian.
 */
export function detectLanguage(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") break;
    const value = word === "--lang" ? argv[i + 1] : word.startsWith("--lang=") ? word.slice("--lang=".length) : undefined;
    if (value !== undefined && ["id", "en"].includes(value.trim().toLowerCase())) return value.trim().toLowerCase() as Language;
  }
  return "id";
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

function onePositional(positionals: string[], command: CommandName, argument: string, allowed: string): string {
  if (positionals.length === 0) throw usageError("ARGUMENT_MISSING", { command, argument });
  if (positionals.length > 1) throw usageError("ARGUMENTS_EXTRA", { command, value: positionals[1], allowed });
  return positionals[0];
}

function noPositionals(positionals: string[], command: CommandName, allowed: string): void {
  if (positionals.length > 0) throw usageError("ARGUMENTS_EXTRA", { command, value: positionals[0], allowed });
}

function parseScore(values: Values, positionals: string[]): ScoreOptions {
  const file = onePositional(positionals, "score", "FILE.xlsx", "satu berkas / one file");
  return { file, json: values.json === true, practice: parsePractice(values), ...parseOwnTableChoice(values, "score") };
}

function parseOwnTableChoice(values: Values, command: CommandName): OwnTableChoice {
  return { sheet: parseSheet(values, command), indicators: textOption(values, "indicators", command), levels: textOption(values, "levels", command), framework: optionalFramework(values) };
}

/** --framework where it is optional: absent, undefined; otherwise a framework or a usage error naming why. */
function optionalFramework(values: Values): Framework | undefined {
  const text = values.framework as string | undefined;
  if (text === undefined) return undefined;
  try {
    return resolveFramework(text);
  } catch (error) {
    if (isSpbeError(error)) throw usageError("OPTION_INVALID", { option: "--framework", problems: [error] });
    throw error;
  }
}

function parsePlan(values: Values, positionals: string[]): PlanCliOptions {
  const file = onePositional(positionals, "plan", "FILE.xlsx", "satu berkas / one file");
  const target = values.target as string | undefined;
  if (target === undefined || target.trim() === "") {
    throw usageError("OPTION_REQUIRED", { option: "--target", allowed: allowed("plan", "target"), command: "plan" });
  }
  const riseText = values["max-rise"] as string | undefined;
  const maxRise = riseText === undefined ? undefined : /^\s*[0-5]\s*$/.test(riseText) ? Number(riseText) : NaN;
  if (Number.isNaN(maxRise)) throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--max-rise", value: riseText, allowed: allowed("plan", "max-rise") });
  const stepText = values.steps as string | undefined;
  const stepTo = stepText === undefined ? "level" : stepText.trim().toLowerCase();
  if (stepTo !== "level" && stepTo !== "band") throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--steps", value: stepText, allowed: allowed("plan", "steps") });
  return { file, target: target.trim(), maxRise, stepTo, json: values.json === true, practice: parsePractice(values), ...parseOwnTableChoice(values, "plan") };
}

function parseReport(values: Values, positionals: string[], language: Language): ReportCliOptions {
  const file = onePositional(positionals, "report", "FILE.xlsx", "satu berkas / one file");
  return {
    file, out: outOption(values, "report"), pdf: values.pdf === true, language, practice: parsePractice(values), force: values.force === true,
    ...parseOwnTableChoice(values, "report"),
  };
}

function parseYear(text: string): number {
  const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--year", value: text, allowed: `${MIN_YEAR}-${MAX_YEAR}` });
  }
  return year;
}

/** A text option's value, trimmed; present but blank is a usage error that names the command it was given to. */
function textOption(values: Values, name: string, command: CommandName): string | undefined {
  const value = values[name];
  if (typeof value !== "string") return undefined;
  if (value.trim() === "") throw usageError("OPTION_VALUE_MISSING", { option: `--${name}`, command });
  return value.trim();
}

function parseTemplate(values: Values, positionals: string[], language: Language): TemplateOptions {
  noPositionals(positionals, "template", "--framework ... --out FILE.xlsx");
  const frameworkText = values.framework as string | undefined;
  if (frameworkText === undefined) {
    throw usageError("OPTION_REQUIRED", { option: "--framework", allowed: allowed("template", "framework"), command: "template" });
  }
  const framework = optionalFramework(values) as Framework;
  const out = outOption(values, "template");
  const yearText = textOption(values, "year", "template");
  // "--framework 2025" names an evaluation year: it is also the year of the header unless --year says otherwise.
  const frameworkYear = /^\s*\d{4}\s*$/.test(frameworkText) ? Number(frameworkText) : undefined;
  const year = yearText !== undefined ? parseYear(yearText) : frameworkYear;
  return {
    framework,
    out,
    language,
    instansi: textOption(values, "instansi", "template"),
    year,
    filledBy: textOption(values, "filled-by", "template"),
    ...(values.evidence === true ? { evidence: true } : values["no-evidence"] === true ? { evidence: false } : {}),
    force: values.force === true,
  };
}

/**
 * --out, required by every command that writes: trimmed, not blank, and an .xlsx file where the table's
 * placeholder names one (a folder for split).
 */
function outOption(values: Values, command: CommandName): string {
  const named = allowed(command, "out") ?? "";
  const out = typeof values.out === "string" ? values.out.trim() : "";
  if (out === "") throw usageError(values.out === undefined ? "OPTION_REQUIRED" : "OPTION_VALUE_MISSING", { option: "--out", allowed: named, command });
  if (/\.xlsx$/i.test(named) && !/\.xlsx$/i.test(out)) throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--out", value: out, allowed: named });
  return out;
}

/** --sheet: which template of a workbook holding several; blank text is a usage error, absence means the first. */
function parseSheet(values: Values, command: CommandName): string | undefined {
  if (values.sheet === undefined) return undefined;
  const sheet = String(values.sheet).trim();
  if (sheet === "") throw usageError("OPTION_VALUE_MISSING", { option: "--sheet", allowed: allowed(command, "sheet"), command });
  return sheet;
}

function parsePractice(values: Values): PredikatPractice {
  const practice = (values.practice as string | undefined) ?? "exact";
  if (!(PRACTICES as readonly string[]).includes(practice)) {
    throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--practice", value: practice, allowed: "exact, rounded" });
  }
  return practice as PredikatPractice;
}

function parseSplit(values: Values, positionals: string[], language: Language): SplitCliOptions {
  const file = onePositional(positionals, "split", "FILE.xlsx", "satu berkas / one file");
  const out = outOption(values, "split");
  const deadline = values.deadline as string | undefined;
  if (deadline !== undefined) {
    if (parseDeadline(deadline) === null) {
      throw usageError("OPTION_VALUE_NOT_ALLOWED", { option: "--deadline", value: deadline, allowed: allowed("split", "deadline") });
    }
  }
  const note = typeof values.note === "string" && values.note.trim() !== "" ? values.note.trim() : undefined;
  return { file, out, deadline: deadline?.trim(), note, language, force: values.force === true, json: values.json === true };
}

function parseMerge(values: Values, positionals: string[], language: Language): MergeCliOptions {
  if (positionals.length === 0) throw usageError("ARGUMENT_MISSING", { command: "merge", argument: "TEMPLATE.xlsx UNIT.xlsx..." });
  if (positionals.length === 1) throw usageError("ARGUMENT_MISSING", { command: "merge", argument: "UNIT.xlsx" });
  const out = outOption(values, "merge");
  return { template: positionals[0], units: positionals.slice(1), out, language, force: values.force === true, json: values.json === true };
}

function parseRecap(values: Values, positionals: string[], language: Language): RecapCliOptions {
  if (positionals.length === 0) throw usageError("ARGUMENT_MISSING", { command: "recap", argument: "FILE.xlsx..." });
  const out = outOption(values, "recap");
  return {
    files: positionals, out, language, practice: parsePractice(values), force: values.force === true, json: values.json === true,
    table: parseOwnTableChoice(values, "recap"),
  };
}

/**
 * Parses the words after `spbe`. Global options (--help, --version, --lang) may come before the command;
 * --lang and --help also after it. Throws a CliError with exit code 2 for anything not understood.
 */
export function parseArgv(argv: readonly string[]): Invocation {
  const commandAt = findCommandWord(argv);
  const globalPart = commandAt < 0 ? argv : argv.slice(0, commandAt);
  const global = readTokens(globalPart, GLOBAL_OPTIONS);
  const globalLanguage = parseLanguage(global.values.lang);

  if (commandAt < 0) {
    if (global.positionals.length > 0) {
      const word = global.positionals[0];
      if (word === "help") return { kind: "help", language: globalLanguage };
      throw usageError("COMMAND_UNKNOWN", { value: word, allowed: COMMANDS.join(", ") });
    }
    if (global.values.help) return { kind: "help", language: globalLanguage };
    if (global.values.version) return { kind: "version", language: globalLanguage };
    throw usageError("COMMAND_MISSING", { allowed: COMMANDS.join(", ") });
  }

  const first = argv[commandAt];
  // `spbe help score` is `spbe score --help`.
  if (first === "help") {
    const rest = readTokens(argv.slice(commandAt + 1), GLOBAL_OPTIONS);
    const language = rest.values.lang !== undefined ? parseLanguage(rest.values.lang) : globalLanguage;
    const topic = rest.positionals[0];
    if (topic === undefined) return { kind: "help", language };
    if (!isCommand(topic)) throw usageError("COMMAND_UNKNOWN", { value: topic, allowed: COMMANDS.join(", ") });
    return { kind: "help", language, command: topic };
  }
  if (!isCommand(first)) throw usageError("COMMAND_UNKNOWN", { value: first, allowed: COMMANDS.join(", ") });
  if (global.values.version) throw usageError("OPTION_UNKNOWN", { option: "--version", command: first });

  const { values, positionals } = readTokens(argv.slice(commandAt + 1), optionsOf(first), first);
  if (global.values.lang !== undefined && values.lang !== undefined) throw usageError("OPTION_REPEATED", { option: "--lang", command: first });
  const language = values.lang !== undefined ? parseLanguage(values.lang) : globalLanguage;
  // --help wins over everything else on the line, as users expect when they add it to a half-typed command.
  if (values.help || global.values.help) return { kind: "help", language, command: first };

  switch (first) {
    case "score":
      return { kind: "score", language, options: parseScore(values, positionals) };
    case "template":
      return { kind: "template", language, options: parseTemplate(values, positionals, language) };
    case "plan":
      return { kind: "plan", language, options: parsePlan(values, positionals) };
    case "report":
      return { kind: "report", language, options: parseReport(values, positionals, language) };
    case "split":
      return { kind: "split", language, options: parseSplit(values, positionals, language) };
    case "merge":
      return { kind: "merge", language, options: parseMerge(values, positionals, language) };
    case "recap":
      return { kind: "recap", language, options: parseRecap(values, positionals, language) };
  }
}

/**
 * Index of the command word: the first word that is neither a global option nor the value of --lang.
 * -1 when there is none.
 */
function findCommandWord(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") return i + 1 < argv.length ? i + 1 : -1;
    if (word === "--lang") {
      i++;
      continue;
    }
    if (!word.startsWith("-") || word === "-") return i;
  }
  return -1;
}
