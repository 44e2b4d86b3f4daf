/**
 * The evidence cycle through the built command: `spbe template` makes the Bukti Dukung sheet (by default for
 * 8/2026, with --evidence for 59/2020, never with --no-evidence), and `spbe score` reports, from the items a team
 * filled in, the level each indicator's evidence supports, the claims above it, counts per PIC and overdue items.
 */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { evidenceLevel, getFramework, readEvidenceItems } from "../../src/core";
import { loadTemplateWorkbook, readTemplateWorkbook } from "../../src/xlsx";
import { runBuiltCli, tempDir } from "./helpers";

const dir = tempDir("spbe-cli-evidence-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function made(name: string, ...args: string[]): Promise<string> {
  const file = path.join(dir, name);
  const result = await runBuiltCli(["template", ...args, "--out", file]);
  expect(result.exitCode).toBe(0);
  return file;
}

describe("spbe template and the Bukti Dukung sheet", () => {
  it.each([
    ["8/2026", [], true],
    ["8/2026", ["--no-evidence"], false],
    ["59/2020", [], false],
    ["59/2020", ["--evidence"], true],
  ] as const)("%s %j: sheet there = %s", async (framework, extra, there) => {
    const file = await made(`t-${framework.replace("/", "-")}-${extra.join("")}.xlsx`, "--framework", framework, ...extra);
    const workbook = await loadTemplateWorkbook(file);
    expect(workbook.worksheets.map((w) => w.name).includes("Bukti Dukung")).toBe(there);
    expect(readTemplateWorkbook(workbook).evidenceItems !== undefined).toBe(there);
  });
});

describe("spbe score on a Pemdi template with evidence items", () => {
  const framework = getFramework("8/2026");
  const levels = [2.26, 3, 1.5, ...new Array(17).fill(1)];
  const codes = ["I1-L1-01", "I1-L2-01", "I1-L2-02", "I2-L1-01", "I2-L2-01", "I2-L3-01", "I3-L1-01"];
  const statuses = ["diterima", "diterima", "revisi", "diterima", "Accepted", "diterima", "draf"];
  const pics = ["Diskominfo", "Diskominfo", "Bappeda", "diskominfo ", "Bappeda", "Bappeda", "Setda"];

  async function filled(name: string, extraCodes: readonly string[] = []): Promise<string> {
    const file = await made(name, "--framework", "8/2026");
    const workbook = await loadTemplateWorkbook(file);
    const reading = readTemplateWorkbook(workbook);
    const put = (address: string, value: unknown) => {
      const [sheet, cell] = address.split("!");
      workbook.getWorksheet(sheet)!.getCell(cell).value = value as never;
    };
    reading.levels.forEach((cell, i) => put(cell.address, levels[i]));
    // Last year: indicator 1 was at 2,50 (it fell to 2,26), indicator 2 at 2,00 (it rose).
    put(reading.lastYear![0].address, 2.5);
    put(reading.lastYear![1].address, 2);
    const e = reading.evidenceItems!;
    // The template starts with one row per indicator and level: blank them, then write this team's list.
    e.codes.forEach((cell) => put(cell.address, null));
    [...codes, ...extraCodes].forEach((code, i) => put(e.codes[i].address, code));
    statuses.forEach((status, i) => put(e.statuses[i].address, status));
    pics.forEach((pic, i) => put(e.pics[i].address, pic));
    put(e.deadlines[2].address, new Date(Date.UTC(2020, 5, 30)));
    put(e.deadlines[3].address, new Date(Date.UTC(2020, 5, 30)));
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it("--json reports the evidence levels, the claims above them, counts per status and PIC, overdue items", async () => {
    const file = await filled("pemdi-evidence.xlsx");
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result.exitCode).toBe(0);
    const { evidence } = JSON.parse(result.stdout);
    const read = readEvidenceItems(codes, statuses, 20);
    expect(evidence.indicators.map((i: { supported: number }) => i.supported)).toEqual(framework.indicators.map((ind) => evidenceLevel(read.items, ind.no)));
    expect(evidence.indicators.slice(0, 3)).toMatchObject([
      { indicator: 1, supported: 1, claimed: 2, aboveEvidence: true, items: 3, statuses: { diterima: 2, revisi: 1 }, overdue: 1 },
      { indicator: 2, supported: 3, claimed: 3, aboveEvidence: false, items: 3, overdue: 0 },
      { indicator: 3, supported: 0, claimed: 2, aboveEvidence: true, items: 1, statuses: { draf: 1 } },
    ]);
    // Indicator 4 has no item at all: level 1 is not supported, and a self-assessed 1 is above that.
    expect(evidence.indicators[3]).toMatchObject({ supported: 0, claimed: 1, aboveEvidence: true, items: 0 });
    expect(evidence.pics).toEqual([
      { pic: "Diskominfo", items: 3, statuses: { belum: 0, draf: 0, diunggah: 0, diterima: 3, revisi: 0 }, overdue: 0 },
      { pic: "Bappeda", items: 3, statuses: { belum: 0, draf: 0, diunggah: 0, diterima: 2, revisi: 1 }, overdue: 1 },
      { pic: "Setda", items: 1, statuses: { belum: 0, draf: 1, diunggah: 0, diterima: 0, revisi: 0 }, overdue: 0 },
    ]);
    expect(evidence.overdue).toEqual([{ code: "I1-L2-02", indicator: 1, level: 2, pic: "Bappeda", deadline: "2020-06-30", address: "'Bukti Dukung'!A7" }]);
    expect(evidence.invalidCodes).toEqual([]);
    expect(JSON.parse(result.stdout).declines).toEqual([{ indicator: 1, from: 2.5, to: 2.26 }]);
  });

  it("the report for people names the claims above evidence; a code that is not one is listed with its cell", async () => {
    const text = await runBuiltCli(["score", await filled("pemdi-evidence-text.xlsx")]);
    expect(text.stdout).toContain("Klaim di atas bukti: I1 (2 > 1), I3 (2 > 0), I4 (1 > 0)");
    expect(text.stdout).toContain("Lewat tenggat (1): I1-L2-02 2020-06-30 Bappeda");
    expect(text.stdout).toContain("Turun dari tahun lalu: I1 2,26 (turun dari 2,50)");
    const bad = await runBuiltCli(["score", await filled("pemdi-evidence-bad.xlsx", ["I4-L9-01"]), "--json"]);
    const { evidence } = JSON.parse(bad.stdout);
    expect(evidence.invalidCodes).toEqual([{ value: "I4-L9-01", address: "'Bukti Dukung'!A12" }]);
    expect(evidence.indicators.every((i: { supported: unknown }) => i.supported === null)).toBe(true);
  });
});
