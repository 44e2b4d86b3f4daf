/**
 * The shape of the command table: what each `spbe` command accepts and how its help reads, in one declaration.
 * The `parseArgs` spec (`args.ts`) and the help text (`help.ts`) are generated from it, so an option cannot be
 * accepted without being documented, or documented without being accepted.
 */
import type { Language } from "../../../core";

/** A text in both languages of the interface. */
export type Bilingual = Readonly<Record<Language, string>>;

export interface OptionDecl {
  readonly type: "string" | "boolean";
  /** One-letter alias ("o" for -o). */
  readonly short?: string;
  /** The value's placeholder in the help ("FILE.xlsx", NAMA / NAME); string options only. */
  readonly value?: string | Bilingual;
  /** The values named when the value is missing or wrong; defaults to the placeholder. */
  readonly allowed?: string;
  /** Shown on the usage line as required ("--target T") rather than in brackets. */
  readonly required?: boolean;
  /**
   * "ownTable": read only for workbooks that are not templates; listed on a usage line of their own, after the
   * options that apply to every workbook.
   */
  readonly group?: "ownTable";
  /** The help's description; "\n" breaks the line, continuation lines are indented by the help. */
  readonly describe: Bilingual;
}

export interface CommandDecl {
  /** The positional arguments as written on the usage line ("FILE.xlsx", "TEMPLATE.xlsx UNIT.xlsx..."). */
  readonly arguments: string;
  /** The example line and its one-line summary in `spbe --help`. */
  readonly overview: { readonly example: string; readonly summary: Bilingual };
  /** What the command does, one paragraph or more. */
  readonly about: Bilingual;
  /** Every option the command accepts, in the order of the help; --help is added to every command. */
  readonly options: Readonly<Record<string, OptionDecl>>;
  readonly examples: Readonly<Record<Language, readonly string[]>>;
}

/** The placeholder of an option's value in one language. */
export function placeholderOf(option: OptionDecl, language: Language): string | undefined {
  return typeof option.value === "object" ? option.value[language] : option.value;
}

/** The values an error names for an option: `allowed`, else the placeholder (language-neutral where both agree). */
export function allowedOf(option: Pick<OptionDecl, "value" | "allowed">): string | undefined {
  if (option.allowed !== undefined) return option.allowed;
  return typeof option.value === "object" ? `${option.value.id}/${option.value.en}` : option.value;
}
