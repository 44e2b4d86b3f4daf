/**
 * Formula text as a user's Excel reads it. The pane and the template builder write en-US formulas (`range.formulas`:
 * comma separators, English names), which Excel translates for built-in functions in every display language, but
 * NOT for custom functions: in Indonesian Excel the metadata names SPBE.INDEX "SPBE.INDEKS", and an inserted
 * "=SPBE.INDEX(...)" shows #NAME? (office-js issue #891). So where the display language is Indonesian the writers
 * turn Excel's own local rendering of the formula (`formulasLocal`, with the locale's separators) to the Indonesian
 * names, and the examples shown follow the locale. Pure text: no Office globals; the names come from the one list of
 * Indonesian names, src/functions/functions.id.json.
 */
import INDONESIAN_METADATA from "../functions/functions.id.json";

/** The custom functions' namespace (manifest: Functions.Namespace, not localized). */
export const FUNCTION_NAMESPACE = "SPBE";

/** Indonesian function name by id ("INDEX" -> "INDEKS"). */
export const INDONESIAN_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(INDONESIAN_METADATA as Record<string, { name: string }>).map(([id, entry]) => [id, entry.name]),
);

/** How a user's Excel writes a formula: the function names it registered, and its separators. */
export interface FormulaLocale {
  /** "id": the Indonesian metadata is in use (display language id-ID), so SPBE.INDEKS, not SPBE.INDEX. */
  readonly names: "en" | "id";
  /** Between arguments: "," (en-US) or ";" (where the decimal separator is a comma, as in Indonesia). */
  readonly listSeparator: string;
  readonly decimalSeparator: string;
}

export const EN_US_FORMULAS: FormulaLocale = { names: "en", listSeparator: ",", decimalSeparator: "." };

/** The names a display language ("id-ID", "en-US", as Office.context.displayLanguage gives it) registers. */
export function namesOfDisplayLanguage(displayLanguage: string | undefined): FormulaLocale["names"] {
  return /^id(-|$)/i.test(displayLanguage ?? "") ? "id" : "en";
}

/**
 * Calls `visit` on each stretch of `formula` outside string literals ("...", with "" inside) and quoted sheet names
 * ('...'), and joins the results; the literals are kept as they are.
 */
function outsideLiterals(formula: string, visit: (code: string) => string): string {
  let out = "";
  let code = "";
  for (let i = 0; i < formula.length; ) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      code += quote;
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < formula.length; j++) {
      if (formula[j] !== quote) continue;
      if (formula[j + 1] === quote) j++;
      else break;
    }
    out += visit(code) + formula.slice(i, j + 1);
    code = "";
    i = j + 1;
  }
  return out + visit(code);
}

/** `formula` with each SPBE.<id>( call named in `names` (an id not there keeps its name). */
export function withFunctionNames(formula: string, names: FormulaLocale["names"]): string {
  if (names === "en") return formula;
  // Excel may show a function it does not know with the file format's prefix (_xludf.SPBE.INDEX): drop it too.
  const call = new RegExp(`(^|[^A-Za-z0-9_.])(?:_xludf\\.)?${FUNCTION_NAMESPACE}\\.([A-Za-z0-9_]+)(?=\\s*\\()`, "gi");
  return outsideLiterals(formula, (code) =>
    code.replace(call, (whole, before: string, id: string) => {
      const local = INDONESIAN_NAMES.get(id.toUpperCase());
      return local === undefined ? whole : `${before}${FUNCTION_NAMESPACE}.${local}`;
    }),
  );
}

/**
 * An en-US formula as the user would type it in `locale`, to SHOW it (the writers never build local text
 * themselves: they start from Excel's own formulasLocal). Names, argument separators and decimal points change;
 * text in quotes does not.
 */
export function shownFormula(formula: string, locale: FormulaLocale): string {
  const named = withFunctionNames(formula, locale.names);
  if (locale.listSeparator === "," && locale.decimalSeparator === ".") return named;
  return outsideLiterals(named, (code) =>
    code
      // A decimal point between digits that start a number (not inside a name such as SPBE.INDEX or A1).
      .replace(/(^|[^A-Za-z0-9_.$])(\d+)\.(\d+)/g, (_w, before: string, whole: string, fraction: string) => `${before}${whole}\u0000${fraction}`)
      .replace(/,/g, locale.listSeparator)
      .replace(/\u0000/g, locale.decimalSeparator),
  );
}
