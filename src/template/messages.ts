/**
 * What the template layer says when a workbook does not keep the template's contract (its defined names), in
 * Indonesian (first) and English. A bad value inside a cell is the core's (SpbeError); a name that is missing or
 * points at the wrong shape is this layer's, and only it knows where a user fixes a name in Excel.
 */
import { CataloguedError, describeValue, type Catalogue } from "../core";

export type TemplateProblemCode = "TEMPLATE_NOT_FOUND" | "TEMPLATE_NAME_BROKEN" | "TEMPLATE_NAME_TWICE";

export interface TemplateProblemParams {
  /** The defined name at fault (SPBE_LEVELS). */
  readonly argument?: string;
  /** What the name points at, as written ("Kertas Kerja!F9:F30"), or a word for "nothing". */
  readonly value?: unknown;
  /** The number of cells, in one column, the name should cover. */
  readonly expected?: number;
}

const CATALOGUE: Catalogue<TemplateProblemCode, TemplateProblemParams> = {
  TEMPLATE_NOT_FOUND: {
    id: () => `Berkas ini tidak memuat template SPBE/Pemdi: nama SPBE_FRAMEWORK dan SPBE_LEVELS tidak ditemukan. Buat template dengan add-in atau perintah "spbe template", lalu isi tingkatnya.`,
    en: () => `This file holds no SPBE/Pemdi template: the names SPBE_FRAMEWORK and SPBE_LEVELS were not found. Create a template with the add-in or "spbe template", then fill in the levels.`,
  },
  TEMPLATE_NAME_TWICE: {
    id: (p, l) => `Nama ${p.argument} didefinisikan lebih dari sekali pada lingkup yang sama (${describeValue(p.value, l)}), jadi tidak jelas sel mana yang dimaksud. Hapus definisi yang berlebih (Rumus > Manajer Nama).`,
    en: (p, l) => `The name ${p.argument} is defined more than once in the same scope (${describeValue(p.value, l)}), so which cells it means is unclear. Delete the extra definitions (Formulas > Name Manager).`,
  },
  TEMPLATE_NAME_BROKEN: {
    id: (p, l) => `Nama ${p.argument} menunjuk ke ${describeValue(p.value, l)}, yang tidak ada atau berbentuk salah${p.expected !== undefined ? ` (seharusnya ${p.expected} sel dalam satu kolom)` : ""}. Perbaiki nama itu (Rumus > Manajer Nama) atau buat template baru.`,
    en: (p, l) => `The name ${p.argument} refers to ${describeValue(p.value, l)}, which does not exist or has the wrong shape${p.expected !== undefined ? ` (it should be ${p.expected} cells in one column)` : ""}. Fix the name (Formulas > Name Manager) or create a new template.`,
  },
};

/** A workbook that holds no template, or whose template names are broken. */
export class TemplateError extends CataloguedError<TemplateProblemCode, TemplateProblemParams> {
  constructor(code: TemplateProblemCode, params: TemplateProblemParams = {}) {
    super(CATALOGUE, code, params);
    this.name = "TemplateError";
  }
}

export function isTemplateError(value: unknown): value is TemplateError {
  return value instanceof TemplateError;
}
