/**
 * Queues the writes of a TemplateSpec on an Excel request context (Office.js), without syncing: the caller owns
 * the batch and its one context.sync(). Every write is a whole block (range.numberFormat, range.formulas), style
 * properties are set once per rectangle of equal style, and nothing is read back, so the number of round trips
 * does not depend on the framework.
 *
 * Requirement sets: ExcelApi 1.9 (page layout, print titles); data validation 1.8, conditional formats 1.6,
 * sheet-scoped names 1.4.
 */
import { parseRange, splitQualified, styleRects, type CellBlock, type SheetSpec, type StyleSpec, type TemplateSpec } from "../template";

const BORDER_COLOR = "#A6A6A6";

/** Column width in points for a width in characters (Calibri 11: 7 px a character plus 5 px padding, 0,75 pt a pixel). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function blockRange(ws: Excel.Worksheet, block: CellBlock): Excel.Range {
  return ws.getRangeByIndexes(block.row - 1, block.col - 1, block.cells.length, block.cells[0].length);
}

function applyStyle(range: Excel.Range, style: StyleSpec, rows: number, cols: number): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap) format.wrapText = true;
  if (style.hAlign) format.horizontalAlignment = style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
  if (style.vAlign) format.verticalAlignment = style.vAlign === "top" ? "Top" : "Center";
  if (style.border) {
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal")[] = [
      "EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight",
    ];
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
  format.protection.locked = style.locked;
}

function renderSheet(ws: Excel.Worksheet, spec: TemplateSpec, sheet: SheetSpec): void {
  for (const block of sheet.blocks) {
    const range = blockRange(ws, block);
    // Formats first: a text format ("@") must be in place before a text that looks like a date ("8/2026") arrives.
    range.numberFormat = block.cells.map((cells) => cells.map((c) => c.format ?? "General"));
    range.formulas = block.cells.map((cells) => cells.map((c) => c.formula ?? c.value ?? ""));
    for (const rect of styleRects(block)) {
      const rows = rect.lastRow - rect.row + 1;
      const cols = rect.lastCol - rect.col + 1;
      applyStyle(ws.getRangeByIndexes(rect.row - 1, rect.col - 1, rows, cols), spec.styles[rect.style], rows, cols);
    }
  }
  sheet.columnWidths.forEach((width, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
  });
  for (const col of sheet.hiddenColumns) ws.getRangeByIndexes(0, col - 1, 1, 1).getEntireColumn().columnHidden = true;
  for (const rows of sheet.rowHeights) {
    ws.getRangeByIndexes(rows.row - 1, 0, rows.lastRow - rows.row + 1, 1).getEntireRow().format.rowHeight = rows.height;
  }
  for (const merge of sheet.merges) ws.getRange(merge).merge(false);
  for (const v of sheet.validations) {
    const validation = ws.getRange(v.ref).dataValidation;
    validation.clear();
    validation.ignoreBlanks = true;
    validation.rule =
      v.kind === "decimal"
        ? { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } }
        : { list: { inCellDropDown: true, source: v.items.join(",") } };
    validation.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
    const style = v.kind === "list" && !v.strict ? "Warning" : "Stop";
    validation.errorAlert = { showAlert: true, style, title: v.errorTitle, message: v.errorMessage };
  }
  for (const cf of sheet.conditionalFormats) {
    const format = ws.getRange(cf.ref).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
    if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
  }
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  ws.pageLayout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
  ws.pageLayout.zoom = { horizontalFitToPages: sheet.print.fitToWidth, verticalFitToPages: sheet.print.fitToHeight ?? 0 };
  if (sheet.print.paper === "A4") ws.pageLayout.paperSize = "A4";
  if (sheet.print.titleRows) ws.pageLayout.setPrintTitleRows(sheet.print.titleRows);
  if (sheet.chart) {
    const chart = ws.charts.add("BarClustered", ws.getRange(sheet.chart.series[0].values), "Columns");
    chart.title.text = sheet.chart.title;
    chart.setPosition(sheet.chart.from, sheet.chart.to);
    sheet.chart.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      if (i === 0) series.name = s.name;
      else series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(sheet.chart!.categories));
      if (s.color) series.format.fill.setSolidColor(s.color);
    });
    // The fixed 0-5 scale of every level and index, as in files (drawCharts.ts).
    const values = chart.axes.valueAxis;
    values.minimum = 0;
    values.maximum = sheet.chart.valueMax;
  }
  if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

/**
 * Queues the whole template: new sheets (their names must be free: see uniqueSheetNames), cells, formats,
 * validation, colours, frozen rows, print setup, chart, protection, then the defined names (workbook-scoped, or
 * scoped to the evaluation sheet when spec.nameScope is "sheet"), and shows the evaluation sheet.
 * Touches nothing outside the new sheets, except adding workbook-scoped names. Returns the new sheets by name.
 */
export function queueTemplate(context: Excel.RequestContext, spec: TemplateSpec): ReadonlyMap<string, Excel.Worksheet> {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const sheet of spec.sheets) {
    const ws = context.workbook.worksheets.add(sheet.name);
    sheets.set(sheet.name, ws);
    renderSheet(ws, spec, sheet);
  }
  const main = sheets.get(spec.mainSheet);
  if (!main) throw new Error(`The template has no sheet ${spec.mainSheet}`);
  for (const name of spec.names) {
    const { sheet, range } = splitQualified(name.ref);
    const ws = sheet === undefined ? undefined : sheets.get(sheet);
    if (!ws) throw new Error(`Name ${name.name} refers outside the template: ${name.ref}`);
    parseRange(range.replace(/\$/g, "")); // refuses anything but an A1 range
    const target = ws.getRange(range);
    if (spec.nameScope === "sheet") main.names.add(name.name, target);
    else context.workbook.names.add(name.name, target);
  }
  main.activate();
  return sheets;
}
