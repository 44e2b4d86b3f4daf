/**
 * Renders a TemplateSpec into an .xlsx workbook with ExcelJS (for the command line; no Office needed).
 *
 * Everything in the spec is rendered; the charts, which ExcelJS cannot draw, are noted beside the workbook
 * (pendingCharts.ts) and drawn when it is saved to a file (saveWorkbook; writeTemplateBuffer, which
 * the browser can reach, leaves them out). The first template of a workbook defines workbook-scoped names;
 * a further one (rendered into a workbook that already has SPBE_* names) gets names scoped to its evaluation
 * sheet, as insertTemplate does in Excel.
 */
import ExcelJS from "exceljs";
import { PRODUCT_NAME, type FrameworkId } from "../core";
import {
  describeTemplate, names as N, parseRange, uniqueSheetNames, type CellSpec, type SheetSpec, type StyleSpec, type TemplateOptions,
  type TemplateSpec,
} from "../template";
import { addPendingChart } from "./pendingCharts";
import { addSheetScopedName } from "./sheetScopedNames";

export type TemplateInput = TemplateSpec | ({ readonly framework: FrameworkId } & TemplateOptions);

function isSpec(input: TemplateInput): input is TemplateSpec {
  return "sheets" in input;
}

const argb = (hex: string) => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` });
const THIN = { style: "thin" as const, color: argb("#A6A6A6") };

function cellStyle(style: StyleSpec | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (numFmt) out.numFmt = numFmt;
  if (!style) return out;
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = argb(style.fontColor);
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.wrap || style.hAlign || style.vAlign) {
    out.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign === "center" ? "middle" : "top" } : {}),
    };
  }
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  out.protection = { locked: style.locked };
  return out;
}

function cellValue(cell: CellSpec): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell.value ?? null;
}

/** Every cell of an A1 range, as "B12" addresses. */
function cellsOf(ref: string): string[] {
  const r = parseRange(ref);
  const out: string[] = [];
  for (let row = r.row; row <= r.lastRow; row++) for (let col = r.col; col <= r.lastCol; col++) out.push(`${columnName(col)}${row}`);
  return out;
}

function columnName(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function renderSheet(workbook: ExcelJS.Workbook, spec: TemplateSpec, sheet: SheetSpec): Promise<void> {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows }] : [],
    pageSetup: {
      orientation: sheet.print.orientation,
      fitToPage: true,
      fitToWidth: sheet.print.fitToWidth,
      fitToHeight: sheet.print.fitToHeight ?? 0,
      ...(sheet.print.paper === "A4" ? { paperSize: 9 } : {}),
      ...(sheet.print.titleRows ? { printTitlesRow: sheet.print.titleRows.replace(/\$/g, "") } : {}),
    },
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;
  for (const rows of sheet.rowHeights) for (let r = rows.row; r <= rows.lastRow; r++) ws.getRow(r).height = rows.height;

  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const target = ws.getCell(block.row + r, block.col + c);
        const value = cellValue(cell);
        if (value !== null) target.value = value;
        // A fresh style object per cell: ExcelJS mutates a cell's style in place, so sharing one would leak formats.
        const style = cellStyle(cell.style ? spec.styles[cell.style] : undefined, cell.format);
        if (Object.keys(style).length > 0) target.style = style;
      });
    });
  }

  for (const merge of sheet.merges) ws.mergeCells(merge);

  for (const v of sheet.validations) {
    for (const address of cellsOf(v.ref)) {
      ws.getCell(address).dataValidation = {
        ...(v.kind === "decimal"
          ? { type: "decimal", operator: "between", formulae: [v.min, v.max] }
          : { type: "list", formulae: [`"${v.items.join(",")}"`] }),
        allowBlank: true,
        showInputMessage: true,
        promptTitle: v.promptTitle,
        prompt: v.prompt,
        showErrorMessage: true,
        errorStyle: v.kind === "list" && !v.strict ? "warning" : "stop",
        errorTitle: v.errorTitle,
        error: v.errorMessage,
      };
    }
  }

  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.ref,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: argb(cf.fill) },
            ...(cf.fontColor ? { font: { color: argb(cf.fontColor) } } : {}),
          },
        },
      ],
    });
  });

  if (sheet.chart) {
    // ExcelJS cannot draw charts: the file writer draws it into the bytes (saveWorkbook, with Excelize).
    const rowHeights = new Map<number, number>();
    for (const rows of sheet.rowHeights) for (let r = rows.row; r <= rows.lastRow; r++) rowHeights.set(r, rows.height);
    addPendingChart(workbook, { sheet: sheet.name, chart: sheet.chart, columnWidths: sheet.columnWidths, rowHeights });
  }

  return sheet.protect
    ? ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true })
    : Promise.resolve();
}

/** True when the workbook already defines template names (so a further template must scope its own). */
function hasTemplateNames(workbook: ExcelJS.Workbook): boolean {
  const model = (workbook.definedNames as unknown as { model: { name: string }[] }).model;
  return model.some((n) => n.name.toUpperCase().startsWith(N.NAME_PREFIX));
}

/**
 * Renders the template into a new ExcelJS workbook, or adds it to `workbook` in new sheets. Given options, the
 * sheet names are made unique and the name scope follows the workbook (sheet-scoped when it already has a
 * template); a ready spec is rendered as it is, and its sheet names must be free.
 *
 * @example const wb = await writeTemplateWorkbook({ framework: "59/2020", instansi: "Kab. Contoh", year: 2025 });
 *   await wb.xlsx.writeFile("kertas-kerja.xlsx");
 */
export async function writeTemplateWorkbook(input: TemplateInput, workbook: ExcelJS.Workbook = new ExcelJS.Workbook()): Promise<ExcelJS.Workbook> {
  const spec = isSpec(input) ? input : describeTemplate(input.framework, {
    ...input,
    sheetNames: input.sheetNames ?? uniqueSheetNames(workbook.worksheets.map((w) => w.name), input.language ?? "id"),
    nameScope: input.nameScope ?? (hasTemplateNames(workbook) ? "sheet" : "workbook"),
  });
  for (const sheet of spec.sheets) {
    if (workbook.getWorksheet(sheet.name)) throw new Error(`The workbook already has a sheet named ${sheet.name}`);
  }
  workbook.creator = workbook.creator || PRODUCT_NAME;
  // No cached results are written: Excel must compute every formula when the file opens.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  for (const sheet of spec.sheets) await renderSheet(workbook, spec, sheet);
  for (const name of spec.names) {
    if (spec.nameScope === "sheet") addSheetScopedName(workbook, spec.mainSheet, name.name, name.ref);
    else workbook.definedNames.add(name.ref, name.name);
  }
  const main = workbook.worksheets.findIndex((w) => w.name === spec.mainSheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, main), visibility: "visible" }];
  return workbook;
}

/** The template as .xlsx bytes. */
export async function writeTemplateBuffer(input: TemplateInput): Promise<Buffer> {
  const workbook = await writeTemplateWorkbook(input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
