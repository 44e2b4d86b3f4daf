/**
 * issue 14: the pane's Laporan Pimpinan sheet against the recording fake of the Excel API: two syncs, a new sheet
 * beside an existing "Laporan Pimpinan" (never over it), every cell of the one spec that `spbe report` renders with
 * ExcelJS, the chart with its colours and the 0-5 axis, and the A4 one-page print setup.
 */
import ExcelJS from "exceljs";
import { getFramework, leaderReport } from "../../src/core";
import { insertLeaderReport } from "../../src/excel/insertLeaderReport";
import { cellRef, describeLeaderReport } from "../../src/template";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { pendingCharts } from "../../src/xlsx/pendingCharts";
import { createFakeExcel } from "../fakes/fakeExcel";

const globals = globalThis as unknown as { Excel?: unknown };
afterEach(() => {
  delete globals.Excel;
});

const spbe = getFramework("59/2020");
const levels = spbe.indicators.map((_, i) => 100 * (1 + ((i * 7) % 4)));
const report = leaderReport({
  framework: spbe, practice: "exact", levels, targets: levels.map((l) => Math.min(500, l + 100)), lastYear: levels.map(() => 200),
  pic: spbe.indicators.map(() => "Diskominfo"),
});

describe("insertLeaderReport", () => {
  it("adds a new sheet in two syncs, beside an existing one of that name, and draws what spbe report writes", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Laporan Pimpinan", cells: { A1: "catatan saya" } }] });
    globals.Excel = fake.Excel;
    const result = await insertLeaderReport({ report, language: "id", instansi: "Kab. Contoh", year: "2025" });
    expect(result).toEqual({ sheetName: "Laporan Pimpinan (2)", syncs: 2 });
    expect(fake.cell("Laporan Pimpinan", "A1")?.value).toBe("catatan saya");

    const spec = describeLeaderReport(report, { language: "id", sheetName: result.sheetName, instansi: "Kab. Contoh", year: "2025" });
    const sheet = spec.sheets[0];
    const written = await writeTemplateWorkbook(spec);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(await written.xlsx.writeBuffer());
    const ws = file.getWorksheet(result.sheetName)!;
    for (const block of sheet.blocks) {
      block.cells.forEach((cells, r) => cells.forEach((cell, c) => {
        const address = cellRef(block.row + r, block.col + c);
        const got = ws.getCell(address);
        if (got.isMerged && got.master !== got) return;
        expect([address, fake.cell(result.sheetName, address)?.value ?? ""]).toEqual([address, cell.value ?? ""]);
        expect([address, got.value ?? ""]).toEqual([address, cell.value ?? ""]);
      }));
    }

    const office = fake.workbook.sheets.find((s) => s.name === result.sheetName)!;
    const [chart] = office.charts;
    expect(office.charts).toHaveLength(1);
    expect(chart.series.map((s) => s.color)).toEqual(sheet.chart!.series.map((s) => s.color));
    expect(chart.series).toHaveLength(3);
    expect(chart.valueAxis).toEqual({ minimum: 0, maximum: 5 });
    expect(pendingCharts(written).map((c) => c.chart)).toEqual([sheet.chart]);
    expect(office.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
    expect(ws.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToWidth: 1, fitToHeight: 1 });
  });
});
