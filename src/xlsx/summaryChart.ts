/**
 * A template's aspect chart, drawn again into a workbook ExcelJS read from a file. ExcelJS drops the charts of a file
 * it rewrites, so `spbe merge` would hand the coordinator back a summary sheet without its chart. The chart is drawn
 * again only over a summary sheet that still has the layout the chart reads: its series header cells say what this
 * version's labels say, in one of the two languages (whose title the chart then takes). A summary sheet of another
 * layout (an older version, or one the analyst edited) keeps no chart rather than getting one over the wrong cells.
 */
import type ExcelJS from "exceljs";
import type { Language } from "../core";
import { templateLabels } from "../template/labels";
import { summaryChart } from "../template/summarySheet";
import type { TemplateReading } from "../template/reading";
import { excelJsCellValue } from "./cellSource";
import { addPendingChart } from "./pendingCharts";

const LANGUAGES: readonly Language[] = ["id", "en"];

/** True when the chart was noted for drawing (saveWorkbook draws it); false when the sheet is absent or not ours. */
export function redrawSummaryChart(workbook: ExcelJS.Workbook, reading: Pick<TemplateReading, "summarySheet" | "framework">): boolean {
  const ws = reading.summarySheet ? workbook.getWorksheet(reading.summarySheet) : undefined;
  if (!ws) return false;
  const says = (address: string, text: string) => excelJsCellValue(ws.getCell(address)) === text;
  for (const language of LANGUAGES) {
    const chart = summaryChart(reading.framework, templateLabels(language));
    if (!chart.series.every((s) => says(s.nameCell, s.name))) continue;
    const columnWidths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
    const rowHeights = new Map<number, number>();
    ws.eachRow({ includeEmpty: true }, (row, rowNo) => {
      if (row.height) rowHeights.set(rowNo, row.height);
    });
    addPendingChart(workbook, { sheet: ws.name, chart, columnWidths, rowHeights });
    return true;
  }
  return false;
}
