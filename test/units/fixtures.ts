/**
 * Fixtures for the unit (OPD) tests: real templates (writeTemplateWorkbook) filled through their defined names,
 * never through positions, and the broken files a coordinator receives (random bytes, a plain workbook).
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { FrameworkId } from "../../src/core";
import { readTemplateWorkbook, writeTemplateWorkbook, type TemplateReading } from "../../src/xlsx";

export type Column = "levels" | "targets" | "official" | "pic" | "justification" | "evidence" | "notes";

/** Values by indicator number, per column. */
export type Fill = Partial<Record<Column, Record<number, ExcelJS.CellValue>>>;

/** Writes values into a template's cells, found through its names. */
export function fillTemplate(workbook: ExcelJS.Workbook, fill: Fill): void {
  const reading = readTemplateWorkbook(workbook);
  for (const [column, values] of Object.entries(fill) as [Column, Record<number, ExcelJS.CellValue>][]) {
    for (const [no, value] of Object.entries(values)) {
      const address = reading[column][Number(no) - 1].address;
      const bang = address.lastIndexOf("!");
      workbook.getWorksheet(address.slice(0, bang))!.getCell(address.slice(bang + 1)).value = value;
    }
  }
}

export async function makeTemplate(framework: FrameworkId, fill: Fill = {}, options: { instansi?: string; year?: number } = {}): Promise<ExcelJS.Workbook> {
  const workbook = await writeTemplateWorkbook({ framework, instansi: options.instansi ?? "Pemerintah Kab. Contoh", year: options.year ?? 2025 });
  fillTemplate(workbook, fill);
  return workbook;
}

/** A workbook as it comes back from a file (what every reader sees). */
export async function reloaded(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function readFileWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Random bytes under an .xlsx name: what a broken download or a truncated e-mail attachment looks like. */
export function writeDamagedFile(dir: string, name = "rusak.xlsx"): string {
  const file = path.join(dir, name);
  writeFileSync(file, randomBytes(4096));
  return file;
}

/** A real workbook that is no template: a unit's own spreadsheet sent by mistake. */
export async function writePlainWorkbook(dir: string, name = "bukan-template.xlsx"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Sheet1");
  ws.getCell("A1").value = "Daftar hadir rapat";
  ws.getCell("B2").value = 3;
  return saveWorkbook(workbook, path.join(dir, name));
}

/** The value of each indicator of one column, by number (blank as null). */
export function columnValues(reading: TemplateReading, column: Column): Record<number, unknown> {
  return Object.fromEntries(reading[column].map((c, i) => [i + 1, c.value]));
}

/** Rows of a sheet from `first` on, as arrays of plain values (column A first), up to the last row with a value. */
export function sheetRows(ws: ExcelJS.Worksheet, first = 3): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = first; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(row.getCell(c).value ?? null);
    rows.push(values);
  }
  return rows;
}
