/**
 * The declarative description of an evaluation template. Everything a renderer needs is data here: the renderers
 * (Office.js in src/excel, ExcelJS in src/xlsx) only translate it, so the two outputs cannot drift.
 *
 * Rows and columns are 1-based; formulas are en-US A1 syntax with a leading "=", using only functions that
 * Excel 2016, LibreOffice and HyperFormula share.
 */
import type { FrameworkId, Language } from "../core";

export type SheetKey = "evaluation" | "summary" | "stages" | "reference" | "evidence";
/** A sheet of its own, not part of a template: the leader report. */
export type StandaloneSheetKey = "report";

export type CellValue = string | number | boolean | null;

export type StyleId =
  | "title"
  | "subtitle"
  | "label"
  | "header"
  | "group"
  | "text"
  | "textWrap"
  | "number"
  | "formula"
  | "result"
  | "input"
  | "inputText"
  | "note"
  | "warning"
  | "helper"
  | "noteWrap";

/** One cell: a constant `value` or a `formula` (never both), its number format, its style. */
export interface CellSpec {
  readonly value?: CellValue;
  readonly formula?: string;
  /** Excel number format code; "General" when absent. "@" makes the cell text (typed "=x" stays text). */
  readonly format?: string;
  readonly style?: StyleId;
}

/** A rectangular block of cells whose top-left corner is (row, col). Every row has the same length. */
export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly CellSpec[])[];
}

export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "center";
  /** Thin borders on every edge of every cell. */
  readonly border?: boolean;
  /** False for input cells, which stay editable when the sheet is protected. */
  readonly locked: boolean;
}

interface ValidationBase {
  readonly ref: string;
  /** At most 32 characters (Excel's limit). */
  readonly promptTitle: string;
  /** At most 255 characters (Excel's limit). */
  readonly prompt: string;
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** Level cells: a decimal between min and max, with the level names in the input message. */
export interface DecimalValidationSpec extends ValidationBase {
  readonly kind: "decimal";
  readonly min: number;
  readonly max: number;
}

/**
 * A choice from a short list (evidence status, revision type), shown as a drop-down. `strict` false: other text
 * is let through with a warning (a revision type the application adds later must not be refused).
 */
export interface ListValidationSpec extends ValidationBase {
  readonly kind: "list";
  /** The choices; none holds a comma (Excel's list separator in a literal list). */
  readonly items: readonly string[];
  readonly strict: boolean;
}

export type ValidationSpec = DecimalValidationSpec | ListValidationSpec;

/** A formula rule: the fill (and font colour) applies where `formula`, relative to the top-left cell of `ref`, is TRUE. */
export interface ConditionalFormatSpec {
  readonly ref: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface ChartSeriesSpec {
  readonly name: string;
  /** The cell on the chart's sheet that holds `name` (a chart in a file names its series by a cell reference). */
  readonly nameCell: string;
  readonly values: string;
  /** "#RRGGBB"; the host's palette when absent. */
  readonly color?: string;
}

export interface ChartSpec {
  readonly title: string;
  readonly type: "barClustered";
  /** Category labels (aspect names), a range on this sheet. */
  readonly categories: string;
  readonly series: readonly ChartSeriesSpec[];
  /** Top of the value axis (5: every level and index is on 0-5), so charts of two templates compare by eye. */
  readonly valueMax: number;
  /** Cells the chart covers (top-left, bottom-right). */
  readonly from: string;
  readonly to: string;
}

/** Rows row..lastRow (1-based) are `height` points tall. */
export interface RowHeightSpec {
  readonly row: number;
  readonly lastRow: number;
  readonly height: number;
}

export interface SheetSpec {
  readonly key: SheetKey | StandaloneSheetKey;
  /** Final sheet name, unique in the target workbook (chosen by the renderer, see uniqueSheetNames). */
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** 1-based columns hidden from view (helper columns holding integer arithmetic). */
  readonly hiddenColumns: readonly number[];
  /** Heights of rows holding wrapped text (other rows keep the default height). */
  readonly rowHeights: readonly RowHeightSpec[];
  readonly merges: readonly string[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  /** Rows kept visible when scrolling (0 = none). */
  readonly frozenRows: number;
  /** Protected without a password: locked cells (formulas, labels) cannot be edited, input cells can. */
  readonly protect: boolean;
  readonly print: {
    readonly orientation: "landscape" | "portrait";
    readonly fitToWidth: number;
    /** Pages tall the sheet is fitted to; absent: as many as it takes. */
    readonly fitToHeight?: number;
    /** Absent: the host's default paper. */
    readonly paper?: "A4";
    readonly titleRows?: string;
  };
  readonly chart?: ChartSpec;
}

export interface DefinedNameSpec {
  readonly name: string;
  /** Sheet-qualified absolute reference, "'Kertas Kerja'!$F$9:$F$55". */
  readonly ref: string;
}

export type NameScope = "workbook" | "sheet";

export interface TemplateSpec {
  readonly framework: FrameworkId;
  readonly language: Language;
  readonly sheets: readonly SheetSpec[];
  readonly styles: Readonly<Record<StyleId, StyleSpec>>;
  readonly names: readonly DefinedNameSpec[];
  /** "sheet": the names are scoped to the evaluation sheet (a further template in a workbook that has one). */
  readonly nameScope: NameScope;
  /** The sheet that carries sheet-scoped names, and the one to show first. */
  readonly mainSheet: string;
}

export interface TemplateOptions {
  readonly language?: Language;
  readonly instansi?: string;
  readonly year?: number;
  readonly filledBy?: string;
  readonly nameScope?: NameScope;
  /**
   * Whether to add the Bukti Dukung sheet (evidence items and the level each indicator's evidence supports).
   * Default: for 8/2026, whose cycle is run on evidence items; 59/2020 and 5/2018 have it when asked.
   */
  readonly evidence?: boolean;
  /** Final names of the sheets; defaults are the language's names ("Kertas Kerja", "Ringkasan", "Referensi"). */
  readonly sheetNames?: Partial<Record<SheetKey, string>>;
}
