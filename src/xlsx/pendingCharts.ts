/**
 * The charts a rendered workbook still needs: ExcelJS cannot draw them, so the renderer notes them here and the
 * file writer (saveWorkbook) draws them into the bytes with Excelize (drawCharts.ts). Kept beside the workbook,
 * not in it, so a workbook that is never saved costs nothing, and one saved twice gets its charts both times.
 */
import type ExcelJS from "exceljs";
import type { ChartSpec } from "../template/types";

/** A chart and what it needs to be placed: its sheet, and that sheet's column widths and row heights. */
export interface ChartToDraw {
  readonly sheet: string;
  readonly chart: ChartSpec;
  /** Column widths in characters, index 0 = column A (the spec's columnWidths). */
  readonly columnWidths: readonly number[];
  /** Row heights in points for the rows that have one (1-based row → points). */
  readonly rowHeights: ReadonlyMap<number, number>;
}

const pending = new WeakMap<ExcelJS.Workbook, ChartToDraw[]>();

export function addPendingChart(workbook: ExcelJS.Workbook, chart: ChartToDraw): void {
  const charts = pending.get(workbook) ?? [];
  charts.push(chart);
  pending.set(workbook, charts);
}

/** The charts still to draw into `workbook`'s file, in the order they were added. */
export function pendingCharts(workbook: ExcelJS.Workbook): readonly ChartToDraw[] {
  return pending.get(workbook) ?? [];
}
