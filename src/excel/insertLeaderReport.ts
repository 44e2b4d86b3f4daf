/**
 * The task pane's "Laporan Pimpinan" action: the leader report (src/template/leaderReportSheet.ts, the sheet
 * `spbe report` writes) added to the open workbook as a new sheet, shown to the user.
 *
 * One Excel.run and two round trips: one sync reads the sheet names (the report never replaces a sheet: it takes
 * "Laporan Pimpinan (2)" when the name is taken), one sends every write and activates the new sheet.
 */
import type { Language, LeaderReport } from "../core";
import { describeLeaderReport, uniqueSheetName } from "../template";
import { templateLabels } from "../template/labels";
import { countedSync } from "./countedSync";
import { queueTemplate } from "./renderTemplate";

export interface InsertLeaderReportOptions {
  readonly report: LeaderReport;
  readonly language: Language;
  readonly instansi?: string;
  readonly year?: string;
}

export interface InsertLeaderReportResult {
  readonly sheetName: string;
  readonly syncs: number;
}

export async function insertLeaderReport(options: InsertLeaderReportOptions): Promise<InsertLeaderReportResult> {
  return Excel.run(async (context) => {
    const counted = countedSync(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await counted.sync();

    const sheetName = uniqueSheetName(worksheets.items.map((ws) => ws.name), templateLabels(options.language).report.sheetName);
    const spec = describeLeaderReport(options.report, { language: options.language, sheetName, instansi: options.instansi, year: options.year });
    context.application.suspendScreenUpdatingUntilNextSync();
    queueTemplate(context, spec);
    await counted.sync();
    return { sheetName, syncs: counted.count };
  });
}
