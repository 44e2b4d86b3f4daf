/**
 * The Bukti Dukung sheet of a generated 8/2026 .xlsx, filled with random item sets by ExcelJS and recalculated by
 * LibreOffice Calc headless: the level each indicator's evidence supports equals the core's rule (and so
 * SPBE.EVIDENCELEVEL, which the built-bundle test holds to the same formulas), a code that is not one makes the
 * levels say so, overdue items and the per-PIC counts come out of a real engine.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { evidenceLevel, getFramework, readEvidenceItems } from "../../src/core";
import { describeTemplate, names as N, parseRange, splitQualified } from "../../src/template";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { excelJsCellValue } from "../../src/xlsx/cellSource";
import { itemSet } from "../helpers/evidenceItems";

const SOFFICE = "/usr/bin/soffice";
const framework = getFramework("8/2026");
const spec = describeTemplate("8/2026");

/** The cells of a one-column name of the spec, top to bottom, on a workbook's sheet. */
function cellsOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell[] {
  const { sheet, range } = splitQualified(spec.names.find((n) => n.name === name)!.ref);
  const r = parseRange(range.replace(/\$/g, ""));
  const ws = workbook.getWorksheet(sheet!)!;
  return Array.from({ length: r.lastRow - r.row + 1 }, (_, i) => ws.getCell(r.row + i, r.col));
}

/** A cell's cached value as LibreOffice saved it, read as the CLI reads it (a formula's 0 stays 0). */
const resultOf = excelJsCellValue;

const SETS = [1, 2, 3, 4].map((seed) => ({ file: `evidence-${seed}.xlsx`, ...itemSet(seed * 31337, 300, 20, seed === 4) }));

describe("the Bukti Dukung sheet recalculated by LibreOffice Calc", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-lo-evidence-"));
  const out = path.join(dir, "out");
  const results = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    for (const set of SETS) {
      const workbook = await writeTemplateWorkbook({ framework: "8/2026" });
      cellsOf(workbook, N.SPBE_EVIDENCE_ITEMS).forEach((cell, i) => (cell.value = set.codes[i] as ExcelJS.CellValue));
      cellsOf(workbook, N.SPBE_EVIDENCE_STATUS).forEach((cell, i) => (cell.value = set.statuses[i] as ExcelJS.CellValue));
      // Two items of one PIC, one of them overdue (its deadline long past, not accepted).
      const pic = cellsOf(workbook, N.SPBE_EVIDENCE_PIC);
      const deadline = cellsOf(workbook, N.SPBE_EVIDENCE_DEADLINE);
      const withCode = set.codes.flatMap((c, i) => (c !== null ? [i] : []));
      const notAccepted = withCode.find((i) => !/^\s*(diterima|accepted)\s*$/i.test(String(set.statuses[i] ?? "")))!;
      const accepted = withCode.find((i) => i !== notAccepted)!;
      for (const i of [notAccepted, accepted]) {
        pic[i].value = "Diskominfo";
        deadline[i].value = new Date(Date.UTC(2020, 0, 31));
      }
      const ws = workbook.getWorksheet("Bukti Dukung")!;
      ws.getCell("U28").value = "Diskominfo";
      // The external block of the Kertas Kerja: SDI 68,75 for I5 (row 32), the 1,00 assumption for a blank I6.
      workbook.getWorksheet("Kertas Kerja")!.getCell("F32").value = 68.75;
      await workbook.xlsx.writeFile(path.join(dir, set.file));
    }
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, ...SETS.map((s) => path.join(dir, s.file))],
      { stdio: "pipe", timeout: 240_000 },
    );
    for (const set of SETS) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(out, set.file));
      results.set(set.file, workbook);
    }
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(SETS.map((s) => [s.file, s] as const))("%s: the evidence levels equal the core's rule", (file, set) => {
    const levels = cellsOf(results.get(file)!, N.SPBE_EVIDENCE_LEVELS).map(resultOf);
    const read = readEvidenceItems(set.codes, set.statuses, 20);
    if (read.invalid.length > 0) expect(levels.every((v) => v === `tidak valid (${read.invalid.length} kode)`)).toBe(true);
    else expect(levels).toEqual(framework.indicators.map((ind) => evidenceLevel(read.items, ind.no)));
  });

  it("converts an SDI score in the Kertas Kerja's external block, and shows the 1,00 assumption for a blank one", () => {
    const ws = results.get(SETS[0].file)!.getWorksheet("Kertas Kerja")!;
    expect([ws.getCell("A32").value, resultOf(ws.getCell("G32")), ws.getCell("A33").value, resultOf(ws.getCell("G33"))]).toEqual([5, 3.75, 6, 1]);
  });

  it("flags the overdue item and counts the PIC's items by status", () => {
    const workbook = results.get(SETS[0].file)!;
    const ws = workbook.getWorksheet("Bukti Dukung")!;
    const overdue = cellsOf(workbook, N.SPBE_EVIDENCE_ITEMS).map((c) => resultOf(ws.getCell(c.row, 12)));
    expect(overdue.filter((v) => v === "lewat tenggat")).toHaveLength(1);
    // The PIC recap's row for "Diskominfo": two items, one overdue (the header row above names the columns).
    expect(resultOf(ws.getCell("U28"))).toBe("Diskominfo");
    const header = ws.getRow(27);
    const column = (title: string) => (header.values as unknown[]).indexOf(title);
    expect(resultOf(ws.getCell(28, column("Butir")))).toBe(2);
    expect(resultOf(ws.getCell(28, column("Lewat tenggat")))).toBe(1);
  });
});
