import { readTemplates } from "../../src/excel/readTemplates";
import { summarizeTemplate } from "../../src/taskpane/summaryModel";
import { overallIndex } from "../../src/core";
import { SPBE_5_2018 } from "../../src/core/frameworks";
import { formatExact, formatRounded } from "../../src/taskpane/format";
import { vectors } from "../fixtures/vectors";
import { installFakeOffice, templateWorkbook, type TemplateSpec } from "./fakeHost";

async function summarize(spec: TemplateSpec) {
  installFakeOffice(globalThis, templateWorkbook([spec]));
  const [raw] = await readTemplates();
  return summarizeTemplate(raw);
}

describe("summarizeTemplate", () => {
  it.each(vectors.spbe_59_2020_published.map((v) => [v.instansi, v] as const))(
    "recomputes the published index of %s from the level cells",
    async (_name, v) => {
      const entry = await summarize({ sheet: "Penilaian", levels: v.levels, year: v.year });
      const summary = entry.summary!;
      expect(formatRounded(summary.index, "en")).toBe(v.published_index.toFixed(2));
      expect(Number(formatExact(summary.index, "en"))).toBe(v.exact_index);
      const band = v.year <= 2023 ? summary.bandRounded : summary.bandExact;
      expect(band.predikat).toBe(v.published_predikat);
    },
  );

  it("shows exact 4,745 as 4,75 and names both practices", async () => {
    const v = vectors.spbe_59_2020_published.find((p) => p.exact_index === 4.745)!;
    const { summary } = await summarize({ sheet: "P", levels: v.levels });
    expect(formatExact(summary!.index, "id")).toBe("4,745");
    expect(formatRounded(summary!.index, "id")).toBe("4,75");
    expect(summary!.bandExact.predikat).toBe("Memuaskan");
  });

  it("counts blank level cells and computes a provisional index with blanks as 0", async () => {
    const levels: (number | null)[] = new Array(47).fill(3);
    levels[2] = null;
    levels[16] = null;
    const { summary } = await summarize({ sheet: "P", levels });
    expect(summary!.emptyIndicatorNos).toEqual([3, 17]);
    // 3 everywhere except indicator 3 (1,30 %) and 17 (2,50 %): 3 x (100 - 3,8) / 100 = 2,886.
    expect(formatExact(summary!.index, "en")).toBe("2.886");
  });

  it("names the cell of every invalid level and still summarises the rest, counting them 0", async () => {
    const levels: (number | string)[] = new Array(47).fill(3);
    levels[11] = "tiga";
    levels[12] = 6;
    const entry = await summarize({ sheet: "Penilaian", levels });
    expect(entry.problem).toBeUndefined();
    expect(entry.summary!.levelProblems.map((p) => p.messageIn("id"))).toEqual([
      expect.stringContaining("Indikator 12 (sel Penilaian!E17)"), expect.stringContaining("Indikator 13 (sel Penilaian!E18)"),
    ]);
    expect(entry.summary!.emptyIndicatorNos).toEqual([]);
    expect(entry.summary!.index.num / entry.summary!.index.den).toBeCloseTo(3 - (3 * 250 * 2) / 10000, 12);
  });

  it("ranks gaps by (target - level) x weight", async () => {
    const levels = new Array(47).fill(3);
    const targets: (number | null)[] = new Array(47).fill(null);
    targets[0] = 5; // 2 x 1,30 = 0,026
    targets[41] = 4; // 1 x 3,00 = 0,03
    targets[31] = 4; // 1 x 2,75 = 0,0275
    const { summary } = await summarize({ sheet: "P", levels, targets });
    expect(summary!.gaps.map((g) => [g.indicatorNo, formatExact(g.weighted, "en", 4)])).toEqual([
      [42, "0.03"],
      [32, "0.0275"],
      [1, "0.026"],
    ]);
    expect(formatExact(summary!.targetIndex!, "en")).toBe("3.0835");
  });

  it("has aspects and no domains for Pemdi", async () => {
    const v = vectors.pemdi_8_2026_synthetic[2];
    const { summary } = await summarize({ sheet: "Pemdi", framework: "8/2026", levels: v.levels });
    expect(summary!.domains).toEqual([]);
    expect(summary!.aspects).toHaveLength(7);
    expect(formatRounded(summary!.index, "en")).toBe(v.expected_index.toFixed(2));
    expect(summary!.bandExact.predikat).toBe(v.expected_predikat);
  });

  it("reports a template without SPBE_LEVELS as incomplete", () => {
    const entry = summarizeTemplate({ key: "workbook", scope: "workbook", sheetName: "", cells: {}, namesPresent: ["SPBE_INDEX"] });
    expect(entry.missingNames).toEqual(["SPBE_LEVELS"]);
  });
});

describe("summarizeTemplate on a table connected by Hubungkan", () => {
  /** 5/2018 keys 1-34 and indicator 35 on three service rows, with the names the Connect view records. */
  function oldTable(services: readonly number[]) {
    const cells: Record<string, unknown> = { A1: "No", B1: "Tingkat", H1: "5/2018" };
    for (let i = 1; i <= 34; i++) Object.assign(cells, { [`A${i + 1}`]: i, [`B${i + 1}`]: 3 });
    ["35", "35-2", "35-3"].forEach((key, j) => Object.assign(cells, { [`A${36 + j}`]: key, [`B${36 + j}`]: services[j] }));
    const names = [
      { name: "SPBE_TABLE_KEYS", ref: "A1:A38" },
      { name: "SPBE_TABLE_LEVELS", ref: "B1:B38" },
      { name: "SPBE_TABLE_FRAMEWORK", ref: "H1" },
    ];
    installFakeOffice(globalThis, { sheets: [{ name: "Lama", cells, names }] });
  }

  it("scores the exact mean of service rows, and tells the planner it cannot plan on a mean that is not a hundredth", async () => {
    oldTable([3, 4, 4]);
    const [entry] = (await readTemplates()).map(summarizeTemplate);
    expect(entry.kind).toBe("table");
    // 34 indicators at 3 and one at 11/3 (hundredths x 3): the engine's exact index, not a rounded mean.
    const expected = overallIndex(SPBE_5_2018, [...new Array(34).fill(900), 1100], 3);
    expect(entry.summary!.index.num * expected.den).toBe(expected.num * entry.summary!.index.den);
    expect(entry.summary!.index.num * 100 % entry.summary!.index.den).not.toBe(0);
    expect(entry.summary!.planProblem?.code).toBe("PLAN_LEVEL_NOT_HUNDREDTHS");
  });

  it("plans on a mean that is a whole hundredth", async () => {
    oldTable([3, 4, 5]);
    const [entry] = (await readTemplates()).map(summarizeTemplate);
    expect(entry.summary!.planProblem).toBeUndefined();
    expect(entry.summary!.levels[34]).toBe(400);
  });
});
