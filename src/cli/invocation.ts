/**
 * What the user asked for, typed: one invocation per command line, each command with its options checked.
 * `args.ts` builds these from argv; the commands take them.
 */
import type { Framework, Language, PlanStepKind, PredikatPractice } from "../core";
import type { CommandName } from "./commands/table";

/**
 * How to read a workbook that is not one of our templates (score, plan, recap): the sheet, the key and level
 * columns ("B5:B60") and the framework, each overriding the detection; all optional.
 */
export interface OwnTableChoice {
  /** The sheet to read (of a template, or of an own table); undefined: the first template, or every sheet. */
  readonly sheet?: string;
  readonly indicators?: string;
  readonly levels?: string;
  readonly framework?: Framework;
}

export interface ScoreOptions extends OwnTableChoice {
  /** Path of the filled template, as typed. */
  readonly file: string;
  /** Print one JSON object instead of the report. */
  readonly json: boolean;
  /** Which index the predikat is taken from: "exact" (2024 practice, the default) or "rounded" (2023). */
  readonly practice: PredikatPractice;
  /** The day deadlines are compared with (yyyy-mm-dd); absent, today on this computer. Set by tests. */
  readonly today?: string;
}

export interface TemplateOptions {
  readonly framework: Framework;
  /** Path of the .xlsx file to write, as typed. */
  readonly out: string;
  /** Language of the template's labels. */
  readonly language: Language;
  readonly instansi?: string;
  /** Evaluation year for the header; defaults to the year given as --framework, when one was. */
  readonly year?: number;
  readonly filledBy?: string;
  /** --evidence / --no-evidence: whether to add the Bukti Dukung sheet; absent, the framework's default. */
  readonly evidence?: boolean;
  /** Overwrite `out` when it exists. */
  readonly force: boolean;
}

export interface PlanCliOptions extends OwnTableChoice {
  /** Path of the filled template, as typed. */
  readonly file: string;
  /** The target as typed: an index ("2.6", "2,6") or a predikat ("Baik"); checked against the file's framework. */
  readonly target: string;
  /** Most levels any indicator may rise; undefined: up to level 5. */
  readonly maxRise?: number;
  /** What one step reaches: the next whole level (default) or the floor of the next level's value band (Pemdi). */
  readonly stepTo: PlanStepKind;
  readonly json: boolean;
  /** Whether "reached" is judged on the exact index (2024 practice, the default) or the rounded one (2023). */
  readonly practice: PredikatPractice;
}

export interface ReportCliOptions extends OwnTableChoice {
  /** The filled template, as typed (never modified). */
  readonly file: string;
  /** The report workbook to write. */
  readonly out: string;
  /** Also write the report as a PDF beside `out` (LibreOffice). */
  readonly pdf: boolean;
  /** Language of the report's labels and of messages. */
  readonly language: Language;
  readonly practice: PredikatPractice;
  readonly force: boolean;
  /** The report's date (yyyy-mm-dd); absent, today on this computer. Set by tests. */
  readonly today?: string;
}

export interface SplitCliOptions {
  /** The coordinator's template, as typed. */
  readonly file: string;
  /** Folder for the unit files (created when missing). */
  readonly out: string;
  /** "2026-03-31", checked to be a real date. */
  readonly deadline?: string;
  readonly note?: string;
  /** Language of the unit files' labels and of messages. */
  readonly language: Language;
  /** Overwrite unit files that exist in `out`. */
  readonly force: boolean;
  readonly json: boolean;
}

export interface MergeCliOptions {
  /** The coordinator's template (never modified). */
  readonly template: string;
  /** Returned unit files or folders of them, as typed. */
  readonly units: readonly string[];
  /** The NEW merged file. */
  readonly out: string;
  readonly language: Language;
  readonly force: boolean;
  readonly json: boolean;
}

/** `table`: how to read the files that are not templates (units' own workbooks of one common form). */
export interface RecapCliOptions {
  /** Filled templates or folders of them, as typed. */
  readonly files: readonly string[];
  readonly out: string;
  readonly language: Language;
  readonly practice: PredikatPractice;
  readonly force: boolean;
  readonly json: boolean;
  readonly table: OwnTableChoice;
}

/** What the user asked for. `language` is the language of messages (and of the template, for `template`). */
export type Invocation =
  | { readonly kind: "help"; readonly language: Language; readonly command?: CommandName }
  | { readonly kind: "version"; readonly language: Language }
  | { readonly kind: "score"; readonly language: Language; readonly options: ScoreOptions }
  | { readonly kind: "template"; readonly language: Language; readonly options: TemplateOptions }
  | { readonly kind: "plan"; readonly language: Language; readonly options: PlanCliOptions }
  | { readonly kind: "report"; readonly language: Language; readonly options: ReportCliOptions }
  | { readonly kind: "split"; readonly language: Language; readonly options: SplitCliOptions }
  | { readonly kind: "merge"; readonly language: Language; readonly options: MergeCliOptions }
  | { readonly kind: "recap"; readonly language: Language; readonly options: RecapCliOptions };
