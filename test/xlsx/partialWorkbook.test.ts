/**
 * The workbook read part by part (src/xlsx/partialWorkbook.ts) gives a reader what ExcelJS gives it: the same
 * value for every kind of cell, the same templates, the same sheets and names; and it reads only the windows asked.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { excelJsCellSource, type CellSource } from "../../src/xlsx/cellSource";
import { checkWorkbookBytes } from "../../src/xlsx/checkWorkbookBytes";
import { openPartialWorkbook, type CellWindow } from "../../src/xlsx/partialWorkbook";
import { loadTemplateWorkbook, readTemplates } from "../../src/xlsx/readTemplateWorkbook";
import { makeTemplate } from "../units/fixtures";

async function bothSources(buffer: Buffer, windows: (sheets: readonly string[]) => CellWindow[]): Promise<[CellSource, CellSource]> {
  const whole = excelJsCellSource(await loadTemplateWorkbook(buffer));
  const partial = await openPartialWorkbook(await checkWorkbookBytes(buffer, "x.xlsx", "parts"));
  return [whole, await partial.load(windows(partial.sheetNames))];
}

function grid(source: CellSource, w: CellWindow): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = w.row; r <= w.lastRow; r++) {
    const row: unknown[] = [];
    for (let c = w.col; c <= w.lastCol; c++) row.push(source.value(w.sheet, r, c));
    rows.push(row);
  }
  return rows;
}

/** `buffer` with one part's XML rewritten. */
async function withPart(buffer: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a workbook read part by part", () => {
  it("gives every kind of cell the value ExcelJS gives it", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Data Saya");
    const values: ExcelJS.CellValue[] = [
      3, 2.75, 0, -1.5, "teks", "  spasi  ", "3", true, false, { error: "#N/A" }, { error: "#DIV/0!" },
      { richText: [{ text: "Tebal ", font: { bold: true } }, { text: "biasa" }] },
      { text: "Dokumen", hyperlink: "https://contoh.go.id/dok.pdf" },
      { formula: "1+2", result: 3 }, { formula: "\"a\"&\"b\"", result: "ab" }, { formula: "1/0", result: { error: "#DIV/0!" } },
      { formula: "TRUE()", result: true }, { formula: "A1" }, new Date(Date.UTC(2026, 2, 31)), 45000,
    ];
    values.forEach((v, i) => (ws.getCell(i + 1, 2).value = v));
    ws.getCell(20, 2).numFmt = "dd/mm/yyyy"; // a number shown as a date is a Date to both
    ws.getCell(21, 2).value = 45000.5;
    ws.getCell(21, 2).numFmt = "0.00"; // and a plain number format is not
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const window = { sheet: "Data Saya", row: 1, col: 1, lastRow: 22, lastCol: 3 };
    const [whole, partial] = await bothSources(buffer, () => [window]);
    expect(grid(partial, window)).toEqual(grid(whole, window));
    expect(partial.value("Data Saya", 12, 2)).toBe("Tebal biasa");
    expect(partial.value("Data Saya", 19, 2)).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(partial.value("Data Saya", 20, 2)).toBeInstanceOf(Date);
    expect(partial.value("Data Saya", 21, 2)).toBe(45000.5);
  });

  it("reads inline strings, and cells and rows without an r attribute as Excel does (ExcelJS drops them)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = "x";
    let buffer: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    buffer = await withPart(buffer, "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/<sheetData>.*<\/sheetData>/s,
        `<sheetData><row r="2"><c r="B2" t="inlineStr"><is><r><t>satu </t></r><r><t>dua</t></r><rPh><t>ふりがな</t></rPh></is></c>` +
        `<c><v>7</v></c></row><row><c><v>8</v></c><c t="b"><v>1</v></c></row></sheetData>`));
    const window = { sheet: "S", row: 1, col: 1, lastRow: 3, lastCol: 3 };
    const [whole, partial] = await bothSources(buffer, () => [window]);
    expect(grid(partial, window)).toEqual([[null, null, null], [null, "satu dua", 7], [8, true, null]]);
    expect(partial.extent("S")).toEqual({ rows: 3, cols: 3 });
  });

  it("counts dates from 1904 in a workbook that says so, as ExcelJS does", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.getCell("A1").value = 45000;
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    let buffer: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    buffer = await withPart(buffer, "xl/workbook.xml", (xml) => xml.replace(/<workbookPr[^>]*\/>/, `<workbookPr date1904="1"/>`));
    const window = { sheet: "S", row: 1, col: 1, lastRow: 1, lastCol: 1 };
    const [whole, partial] = await bothSources(buffer, () => [window]);
    expect(partial.value("S", 1, 1)).toEqual(new Date(Date.UTC(2027, 2, 16)));
    expect(partial.value("S", 1, 1)).toEqual(whole.value("S", 1, 1));
  });

  it("reads a window of 130,000 distinct texts (a table window of text: more strings than a call takes arguments)", async () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const rows: string[] = [];
    for (let r = 1; r <= 5000; r++) {
      rows.push(`<row r="${r}">${[...letters].map((l, c) => `<c r="${l}${r}" t="s"><v>${(r - 1) * 26 + c}</v></c>`).join("")}</row>`);
    }
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = "x";
    let buffer: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    buffer = await withPart(buffer, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows.join("")}</sheetData>`));
    const zip = await JSZip.loadAsync(buffer);
    const strings = Array.from({ length: 130_000 }, (_, i) => `<si><t>teks ${i}</t></si>`).join("");
    zip.file("xl/sharedStrings.xml", `<sst>${strings}</sst>`);
    buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const partial = await openPartialWorkbook(await checkWorkbookBytes(buffer, "x.xlsx", "parts"));
    const source = await partial.load([{ sheet: "S", row: 1, col: 1, lastRow: 5000, lastCol: 60 }]);
    expect(source.value("S", 1, 1)).toBe("teks 0");
    expect(source.value("S", 5000, 26)).toBe(`teks ${5000 * 26 - 1}`);
  });

  it("keeps only the cells of the windows asked for", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    for (let r = 1; r <= 50; r++) ws.getCell(r, 1).value = r;
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const partial = await openPartialWorkbook(await checkWorkbookBytes(buffer, "x.xlsx", "parts"));
    const source = await partial.load([{ sheet: "S", row: 3, col: 1, lastRow: 4, lastCol: 1 }]);
    expect([2, 3, 4, 5].map((r) => source.value("S", r, 1))).toEqual([null, 3, 4, null]);
  });

  it("finds the same templates as ExcelJS, each with its inputs, addresses and cached results", async () => {
    const workbook = await makeTemplate("59/2020", { levels: { 1: 3, 2: 2.5, 47: 0 }, pic: { 1: "Bappeda" }, evidence: { 1: { text: "Bukti", hyperlink: "https://x.go.id" } } });
    await writeTemplateWorkbook({ framework: "8/2026", instansi: "Kedua" }, workbook);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const whole = excelJsCellSource(await loadTemplateWorkbook(buffer));
    const partial = await openPartialWorkbook(await checkWorkbookBytes(buffer, "x.xlsx", "parts"));
    const source = await partial.load(partial.namedWindows("SPBE_"));
    expect(source.sheetNames).toEqual(whole.sheetNames);
    const expected = readTemplates(whole);
    expect(expected.map((t) => t.framework.id)).toEqual(["59/2020", "8/2026"]);
    expect(readTemplates(source)).toEqual(expected);
    // A reader that skips the Tahapan names (the recap) gets no window on that sheet (it is never streamed), and the
    // rest still reads.
    const skipped = partial.namedWindows("SPBE_", new Set(["SPBE_STAGE_KEYS", "SPBE_STAGE_RESULTS"]));
    expect(skipped.some((w) => w.sheet.startsWith("Tahapan"))).toBe(false);
    expect(partial.namedWindows("SPBE_").some((w) => w.sheet.startsWith("Tahapan"))).toBe(true);
    const read = readTemplates(await partial.load(skipped));
    expect(read.map((t) => t.framework.id)).toEqual(["59/2020", "8/2026"]);
    expect(read.map((t) => t.levels)).toEqual(expected.map((t) => t.levels));
  });

  it("never expands a foreign name over a whole sheet, and refuses a broken name as ExcelJS's reader does", async () => {
    const buffer = await withPart(Buffer.from(await (await makeTemplate("59/2020")).xlsx.writeBuffer()), "xl/workbook.xml", (xml) =>
      xml.replace("</definedNames>", `<definedName name="SPBE_SEMUA">'Kertas Kerja'!$A$1:$XFD$1048576</definedName></definedNames>`));
    const partial = await openPartialWorkbook(await checkWorkbookBytes(buffer, "x.xlsx", "parts"));
    const windows = partial.namedWindows("SPBE_");
    expect(windows.every((w) => (w.lastRow - w.row + 1) * (w.lastCol - w.col + 1) <= 10_000)).toBe(true);
    expect(readTemplates(await partial.load(windows))[0].framework.id).toBe("59/2020");
  });

  it("is refused past its own limit, far above the whole-workbook one, before anything is unpacked", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", "0".repeat(120_000_000));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await expect(checkWorkbookBytes(bomb, "bom.xlsx", "whole")).rejects.toMatchObject({ code: "WORKBOOK_TOO_LARGE" });
    await expect(checkWorkbookBytes(bomb, "bom.xlsx", "parts")).resolves.toBeDefined();
  });
});
