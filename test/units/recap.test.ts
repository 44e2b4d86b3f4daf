/** Recaps: by unit within one template, and a ranking of many templates by their exact index. */
import ExcelJS from "exceljs";
import {
  bandOfIndex, overallIndex, ratioToNumber, roundHalfUpToHundredths, scoreBreakdown, SPBE_59_2020,
} from "../../src/core";
import {
  compareRatios, rankTemplates, readTemplateFromWorkbook, recapUnits, scoreTemplate, UnitFileProblem, writeRankingWorkbook,
} from "../../src/units";
import { readTemplateWorkbook } from "../../src/xlsx";
import { vectors } from "../fixtures/vectors";
import { makeTemplate, reloaded, sheetRows } from "./fixtures";

const all = (level: number) => Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, level]));

describe("recapUnits", () => {
  it("counts each unit's filled indicators, lists its levels and its exact index contribution, through the core", async () => {
    const workbook = await makeTemplate("59/2020", {
      pic: { 1: "Bappeda", 2: "Bappeda", 42: "Dinas Kominfo", 43: "Dinas Kominfo; Bappeda" },
      levels: { 1: 3, 42: 4.5, 43: 2, 44: 5 },
    });
    const recap = recapUnits(readTemplateWorkbook(workbook), [43]);
    const contribution = (levels: Record<number, number>) =>
      overallIndex(SPBE_59_2020, Array.from({ length: 47 }, (_, i) => levels[i + 1] ?? 0));
    expect(recap.units).toEqual([
      { unit: "Bappeda", indicators: [1, 2, 43], filled: [1, 43], missing: [2], levels: [{ indicator: 1, level: 300 }, { indicator: 43, level: 200 }], contribution: contribution({ 1: 300, 43: 200 }) },
      { unit: "Dinas Kominfo", indicators: [42, 43], filled: [42, 43], missing: [], levels: [{ indicator: 42, level: 450 }, { indicator: 43, level: 200 }], contribution: contribution({ 42: 450, 43: 200 }) },
    ]);
    // 4,5 x 3,00 % + 2 x 3,00 % = 0,195 index points.
    expect(ratioToNumber(recap.units[1].contribution)).toBe(0.195);
    expect(recap.indicators.slice(0, 2).map((i) => [i.indicator, i.units, i.level, i.status])).toEqual([[1, ["Bappeda"], 300, "filled"], [2, ["Bappeda"], null, "blank"]]);
    expect(recap.indicators[42].status).toBe("conflict");
    expect(recap.indicators[43]).toEqual({ indicator: 44, units: [], level: 500, status: "filled" });
    expect(recap.unassigned).toHaveLength(47 - 4);
  });

  it("marks a level the core refuses as not allowed and leaves it out of the contribution", async () => {
    const workbook = await makeTemplate("59/2020", { pic: { 1: "Bappeda" }, levels: { 1: 7 } });
    const recap = recapUnits(readTemplateWorkbook(workbook));
    expect(recap.indicators[0].status).toBe("invalid");
    expect(recap.units[0]).toMatchObject({ filled: [], missing: [1], contribution: { num: 0 } });
  });
});

describe("rankTemplates", () => {
  const published = vectors.spbe_59_2020_published.slice(0, 6);

  async function scored(name: string, levels: Record<number, ExcelJS.CellValue>, framework: "59/2020" | "8/2026" = "59/2020") {
    return scoreTemplate(readTemplateFromWorkbook(name, await reloaded(await makeTemplate(framework, { levels }))));
  }

  it("ranks by the exact index, best first, with the core's numbers, predikat under the chosen practice", async () => {
    const entries = await Promise.all(published.map((c, k) => scored(`f${k}.xlsx`, Object.fromEntries(c.levels.map((l, i) => [i + 1, l])))));
    const ranking = rankTemplates(entries, [], "exact");
    const expected = published
      .map((c, k) => ({ file: `f${k}.xlsx`, index: scoreBreakdown(SPBE_59_2020, c.levels.map((l) => Math.round(l * 100))).index }))
      .sort((a, b) => compareRatios(b.index, a.index) || a.file.localeCompare(b.file));
    expect(ranking.rows.map((r) => r.file)).toEqual(expected.map((e) => e.file));
    for (const row of ranking.rows) {
      const c = published[Number(row.file.slice(1, -5))];
      expect(ratioToNumber(row.index)).toBe(c.exact_index);
      expect(row.roundedHundredths).toBe(roundHalfUpToHundredths(row.index));
      expect(row.band).toBe(bandOfIndex(SPBE_59_2020, row.index, "exact"));
    }
  });

  it("gives equal exact indices the same rank, listed by file name", async () => {
    const entries = [await scored("b.xlsx", all(3)), await scored("a.xlsx", all(3)), await scored("c.xlsx", all(4)), await scored("d.xlsx", all(2))];
    expect(rankTemplates(entries).rows.map((r) => [r.rank, r.file])).toEqual([[1, "c.xlsx"], [2, "a.xlsx"], [2, "b.xlsx"], [4, "d.xlsx"]]);
  });

  it("compares exactly where doubles would tie: 1,7995 ranks below 1,80", async () => {
    expect(compareRatios({ num: 17995, den: 10000 }, { num: 18, den: 10 })).toBe(-1);
    expect(compareRatios({ num: 36, den: 20 }, { num: 18, den: 10 })).toBe(0);
  });

  it("ranks the framework most files use and reports the others, in the order given", async () => {
    const entries = [await scored("pemdi.xlsx", Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 3])), "8/2026"), await scored("a.xlsx", all(3)), await scored("b.xlsx", all(2))];
    const blank = new UnitFileProblem("z.xlsx", "LEVELS_BLANK", { indicators: [1, 2, 3, 7] });
    const ranking = rankTemplates(entries, [blank], "exact", ["pemdi.xlsx", "a.xlsx", "b.xlsx", "z.xlsx"]);
    expect(ranking.framework?.id).toBe("59/2020");
    expect(ranking.rows.map((r) => r.file)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(ranking.failed.map((p) => [p.file, p.code])).toEqual([["pemdi.xlsx", "FRAMEWORK_DIFFERS"], ["z.xlsx", "LEVELS_BLANK"]]);
    expect(blank.messageIn("en")).toBe('File "z.xlsx": 4 indicators are not filled in (1-3, 7); its index cannot be computed and it is not ranked.');
  });

  it("refuses to score a template with blanks or refused levels, naming the file and the cells", async () => {
    const workbook = await reloaded(await makeTemplate("59/2020", { levels: { ...all(3), 2: null, 3: 9 } }));
    const error = (() => {
      try {
        scoreTemplate(readTemplateFromWorkbook("x.xlsx", workbook));
      } catch (e) {
        return e as UnitFileProblem;
      }
    })();
    expect(error?.code).toBe("LEVELS_INVALID");
    expect(error?.messageIn("id")).toContain("Indikator 3 (sel Kertas Kerja!F11) bernilai 9, di luar rentang");
  });

  it("writes a ranking workbook: ranked rows with aspect indices, and the failed files with their problem", async () => {
    const entries = [await scored("a.xlsx", all(3)), await scored("c.xlsx", all(4))];
    const ranking = rankTemplates(entries, [new UnitFileProblem("rusak.xlsx", "FILE_DAMAGED")]);
    const workbook = await reloaded(writeRankingWorkbook(ranking, "id"));
    const rows = sheetRows(workbook.getWorksheet("Rekap")!);
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      [1, "c.xlsx", "Pemerintah Kab. Contoh", 2025, 4, 4, "Sangat Baik"],
      [2, "a.xlsx", "Pemerintah Kab. Contoh", 2025, 3, 3, "Baik"],
    ]);
    expect(rows[0]).toHaveLength(7 + 8 + 4);
    expect(sheetRows(workbook.getWorksheet("Berkas Gagal")!)).toEqual([["rusak.xlsx", expect.stringMatching(/^Berkas "rusak\.xlsx" rusak/)]]);
  });
});
