/**
 * issue 14: the files the BUILT `spbe template` writes hold a real Excel chart of the aspects (drawn by Excelize),
 * bound to the summary table's cells, and LibreOffice opens it as a chart: converted to .ods, each file has a bar
 * chart object with the spec's title, one series per spec series over the same cells, and the 0-5 value axis.
 * Drawing the chart rewrites the summary sheet, so the same files are also checked cell by cell against the spec.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { FrameworkId } from "../../src/core";
import { describeTemplate } from "../../src/template";
import { expectCellsOfSpec } from "../helpers/sheetSpec";
import { runBuiltCli, tempDir } from "./helpers";

const SOFFICE = "/usr/bin/soffice";
const FRAMEWORKS: readonly FrameworkId[] = ["59/2020", "8/2026", "5/2018"];
const fileOf = (framework: FrameworkId) => `template-${framework.replace("/", "-")}`;

/** "E21:E28" on sheet Ringkasan as LibreOffice writes it: "Ringkasan.E21:Ringkasan.E28". */
const odsRange = (sheet: string, ref: string) => ref.split(":").map((cell) => `${sheet}.${cell}`).join(":");

describe("the aspect chart in files written by spbe template", () => {
  const dir = tempDir("spbe-cli-chart-");
  const charts = new Map<FrameworkId, string[]>();

  beforeAll(async () => {
    for (const framework of FRAMEWORKS) {
      const made = await runBuiltCli(["template", "--framework", framework, "--out", path.join(dir, `${fileOf(framework)}.xlsx`)]);
      if (made.exitCode !== 0) throw new Error(`spbe template failed: ${made.stderr}`);
    }
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, `profile-${process.pid}`)}`, "--headless", "--calc",
        "--convert-to", "ods", "--outdir", path.join(dir, "ods"), ...FRAMEWORKS.map((f) => path.join(dir, `${fileOf(f)}.xlsx`)),
      ],
      { stdio: "pipe", timeout: 240_000 },
    );
    for (const framework of FRAMEWORKS) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "ods", `${fileOf(framework)}.ods`)));
      const objects = Object.keys(zip.files).filter((name) => /^Object \d+\/content\.xml$/.test(name));
      charts.set(framework, await Promise.all(objects.map((name) => zip.file(name)!.async("string"))));
    }
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(FRAMEWORKS)("%s: LibreOffice opens one bar chart over the summary's aspect cells", (framework) => {
    const summary = describeTemplate(framework).sheets.find((s) => s.chart)!;
    const chart = summary.chart!;
    const [content, ...others] = charts.get(framework)!;
    expect(others).toHaveLength(0);
    expect(content).toMatch(/<chart:chart [^>]*chart:class="chart:bar"/);
    expect(content).toContain(`<text:p>${chart.title}</text:p>`);
    const ranges = [...content.matchAll(/chart:values-cell-range-address="([^"]+)"/g)].map((m) => m[1]);
    expect(ranges).toEqual(chart.series.map((s) => odsRange(summary.name, s.values)));
    expect(content).toContain('chart:minimum="0"');
    expect(content).toContain(`chart:maximum="${chart.valueMax}"`);
  });

  it.each(FRAMEWORKS)("%s: the sheet under the chart keeps every value, formula and format of the spec", async (framework) => {
    const spec = describeTemplate(framework);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path.join(dir, `${fileOf(framework)}.xlsx`));
    const summary = spec.sheets.find((s) => s.chart)!;
    const ws = workbook.getWorksheet(summary.name)!;
    expectCellsOfSpec(ws, summary, (got, cell) => {
      if (cell.style) expect([got.address, got.protection?.locked ?? true]).toEqual([got.address, spec.styles[cell.style].locked]);
    });
    expect((ws.model.merges as string[]).sort()).toEqual([...summary.merges].sort());
    const formulas = (ws as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings
      .flatMap((cf) => cf.rules.map((rule) => rule.formulae[0]));
    expect(formulas).toEqual(summary.conditionalFormats.map((cf) => cf.formula.slice(1)));
    expect((ws as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection?.sheet).toBe(true);
    // The chart's series are named by the cells that hold their names.
    for (const s of summary.chart!.series) expect(ws.getCell(s.nameCell).value).toBe(s.name);
  });
});
