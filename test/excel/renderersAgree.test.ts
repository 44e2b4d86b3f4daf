/**
 * The two renderers of the one description cannot drift: the workbook insertTemplate builds (through the fake
 * Excel API) and the .xlsx writeTemplateWorkbook builds hold the same cells, formulas, number formats, merges,
 * validated ranges, conditional formats, hidden columns and row heights.
 */
import ExcelJS from "exceljs";
import type { FrameworkId } from "../../src/core";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { cellRef, describeTemplate } from "../../src/template";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { pendingCharts } from "../../src/xlsx/pendingCharts";
import { createFakeExcel } from "../fakes/fakeExcel";

const globals = globalThis as unknown as { Excel?: unknown };

afterEach(() => {
  delete globals.Excel;
});

describe.each<FrameworkId>(["59/2020", "8/2026", "5/2018"])("both renderings of the %s template", (framework) => {
  it("agree cell by cell and in every sheet setting", async () => {
    const fake = createFakeExcel();
    globals.Excel = fake.Excel;
    const { sheetNames } = await insertTemplate({ framework, language: "id", instansi: "Kab. Contoh", year: 2024 });
    const loaded = new ExcelJS.Workbook();
    const written = await writeTemplateWorkbook({ framework, language: "id", instansi: "Kab. Contoh", year: 2024 });
    await loaded.xlsx.load(await written.xlsx.writeBuffer());
    const spec = describeTemplate(framework);

    for (const [i, sheet] of spec.sheets.entries()) {
      const office = fake.workbook.sheets.find((s) => s.name === sheetNames[i])!;
      const file = loaded.getWorksheet(sheet.name)!;
      for (const block of sheet.blocks) for (let row = block.row; row < block.row + block.cells.length; row++) {
        for (let col = block.col; col < block.col + block.cells[0].length; col++) {
          const address = cellRef(row, col);
          const a = fake.cell(office.name, address);
          const b = file.getCell(address);
          // Inside a merged area only the top-left cell counts (ExcelJS copies its style over the area).
          if (b.isMerged && b.master !== b) continue;
          if (a?.formula) expect(`=${b.formula}`).toBe(a.formula);
          else expect(b.value ?? "").toBe(a?.value ?? "");
          expect([address, b.numFmt ?? "General"]).toEqual([address, a?.numberFormat ?? "General"]);
          expect([address, b.protection?.locked ?? true]).toEqual([address, a?.style["protection.locked"] ?? true]);
        }
      }
      expect(office.merges.sort()).toEqual((file.model.merges as string[]).sort());
      // Excel draws the chart at once; the file writer draws the same chart when it saves (drawCharts).
      expect(office.charts).toHaveLength(sheet.chart ? 1 : 0);
      expect(pendingCharts(written).filter((c) => c.sheet === sheet.name).map((c) => c.chart)).toEqual(sheet.chart ? [sheet.chart] : []);
      expect([...office.columns].filter(([, c]) => c.hidden).map(([col]) => col + 1)).toEqual(
        sheet.hiddenColumns.filter((col) => file.getColumn(col).hidden),
      );
      for (const [row, height] of office.rowHeights) expect(file.getRow(row + 1).height).toBe(height);
      expect(office.conditionalFormats.map((f) => f.formula!.slice(1))).toEqual(
        (file as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings
          .flatMap((cf) => cf.rules.map((r) => (r as { formulae: string[] }).formulae[0])),
      );
      office.validations.forEach((v, i) => {
        const first = v.address.split(":")[0];
        expect(file.getCell(first).dataValidation.type).toBe(sheet.validations[i].kind);
      });
    }
  });
});
