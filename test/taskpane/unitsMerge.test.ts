import { readMergeSources } from "../../src/excel/readMergeSources";
import { writeMerge } from "../../src/excel/writeMerge";
import { uniqueSheetName } from "../../src/template";
import { CellsChangedError } from "../../src/excel/errors";
import { readTemplates } from "../../src/excel/readTemplates";
import { mergeLog, mergeWrites, reviewMerge } from "../../src/taskpane/unitsModel";
import { installFakeOffice, templateWorkbook, type TemplateSpec } from "./fakeHost";

const N = 47;
const column = (values: Record<number, string | number>) => Array.from({ length: N }, (_, i) => values[i + 1] ?? null);

/** Coordinator: indicator 1 to Bappeda, 2 to both, 3 to Inspektorat; nothing filled in yet but indicator 3's note. */
const COORDINATOR: TemplateSpec = {
  sheet: "Kertas Kerja",
  levels: column({}),
  pic: column({ 1: "Bappeda", 2: "Bappeda; Inspektorat", 3: "Inspektorat" }),
  notes: column({ 3: "cek ulang" }),
};
const BAPPEDA: TemplateSpec = {
  sheet: "Bappeda",
  unit: "Bappeda",
  levels: column({ 1: 3, 2: 2 }),
  pic: COORDINATOR.pic,
  justification: column({ 1: "Renstra 2024-2026 ditetapkan" }),
};
/** Answers indicator 2 differently from Bappeda, and indicator 1, which is not its own. */
const INSPEKTORAT: TemplateSpec = {
  sheet: "Inspektorat",
  unit: "Inspektorat",
  levels: column({ 1: 4, 2: 4, 3: 2 }),
  pic: COORDINATOR.pic,
};

function workbook(extra: unknown[] = []) {
  return templateWorkbook([COORDINATOR, BAPPEDA, INSPEKTORAT], extra);
}

async function review() {
  const templates = await readTemplates();
  const [coordinator, ...units] = await readMergeSources(templates);
  return reviewMerge(coordinator, units);
}

describe("readMergeSources", () => {
  it.each([1, 3])("reads the merge cells of %i chosen template(s) in one Excel.run and two syncs, writing nothing", async (count) => {
    const state = installFakeOffice(globalThis, workbook());
    const chosen = [
      { key: "workbook", scope: "workbook" as const, sheetName: "Kertas Kerja" },
      { key: "sheet:Bappeda", scope: "worksheet" as const, sheetName: "Bappeda" },
      { key: "sheet:Inspektorat", scope: "worksheet" as const, sheetName: "Inspektorat" },
    ].slice(0, count);
    const sources = await readMergeSources(chosen);
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(2);
    expect(state.writes).toEqual([]);
    expect(sources.map((s) => s.sheetName)).toEqual(chosen.map((c) => c.sheetName));
    expect(sources[0].cells.SPBE_PIC?.address).toBe("'Kertas Kerja'!G6:G52");
    expect(sources[0].cells.SPBE_UNIT).toBeUndefined();
    if (count === 3) expect(sources[2].cells.SPBE_UNIT?.values).toEqual([["Inspektorat"]]);
  });

  it("lets an Excel error reach the caller", async () => {
    const state = installFakeOffice(globalThis, workbook());
    state.failNextSync = { code: "AccessDenied", message: "Access denied", errorLocation: "Workbook.names" };
    await expect(readMergeSources([{ key: "workbook", scope: "workbook", sheetName: "Kertas Kerja" }])).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("reviewMerge (src/units rules on the pane's cells)", () => {
  it("merges the assigned answers, keeps conflicts apart and reports completeness", async () => {
    installFakeOffice(globalThis, workbook());
    const reviewed = await review();
    if (reviewed.status !== "ready") throw new Error(reviewed.status);
    const { result } = reviewed;
    // Indicator 1's level is a conflict (Inspektorat answers it unasked), so only its Penjelasan is merged.
    expect(result.changes.map((c) => [c.indicator, c.field, c.cell, c.oldValue, c.newValue, c.files])).toEqual([
      [1, "justification", "'Kertas Kerja'!H6", "", "Renstra 2024-2026 ditetapkan", ["Bappeda"]],
      [3, "level", "'Kertas Kerja'!E8", "", 2, ["Inspektorat"]],
    ]);
    expect(result.conflicts.map((c) => [c.indicator, c.field, c.reason, c.answers.map((a) => [a.file, a.value, a.assigned])])).toEqual([
      [1, "level", "not-assigned", [["Bappeda", 3, true], ["Inspektorat", 4, false]]],
      [2, "level", "units-differ", [["Bappeda", 2, true], ["Inspektorat", 4, true]]],
    ]);
    expect(result.completeness.map((c) => [c.unit, c.files, c.missing])).toEqual([
      ["Bappeda", ["Bappeda"], []],
      ["Inspektorat", ["Inspektorat"], []],
    ]);
  });

  it("skips a unit sheet of another framework and one that is not a template, naming the sheet", async () => {
    installFakeOffice(globalThis, templateWorkbook([
      COORDINATOR, BAPPEDA, { sheet: "Pemdi", framework: "8/2026", unit: "Bappeda", levels: new Array(20).fill(3), pic: new Array(20).fill("Bappeda") },
    ]));
    const templates = await readTemplates();
    const [coordinator, ...units] = await readMergeSources(templates);
    const broken = { ...units[0], sheetName: "Tanpa nama", cells: {} };
    const reviewed = reviewMerge(coordinator, [...units, broken]);
    if (reviewed.status !== "ready") throw new Error(reviewed.status);
    expect(reviewed.result.problems.map((p) => [p.file, p.code, p.skipped])).toEqual([
      ["Tanpa nama", "NOT_A_TEMPLATE", true],
      ["Pemdi", "FRAMEWORK_DIFFERS", true],
    ]);
    expect(reviewed.result.changes.length).toBeGreaterThan(0);
  });

  it("refuses a coordinator template without the PIC column", async () => {
    installFakeOffice(globalThis, templateWorkbook([{ sheet: "Lama", levels: column({}) }, BAPPEDA]));
    const reviewed = await review();
    expect(reviewed.status).toBe("coordinator-broken");
    if (reviewed.status === "coordinator-broken") expect(reviewed.problem.messageIn("en")).toContain("SPBE_PIC");
  });
});

describe("writeMerge", () => {
  it("writes only the changed cells and a new, uniquely named log sheet, in two syncs", async () => {
    const state = installFakeOffice(globalThis, workbook([{ name: "Log Penggabungan", cells: { A1: "lama" } }]));
    const reviewed = await review();
    if (reviewed.status !== "ready") throw new Error(reviewed.status);
    state.syncs = 0;
    state.writes.length = 0;
    const outcome = await writeMerge(mergeWrites(reviewed.result), mergeLog(reviewed.result, "id"));
    expect(outcome).toEqual({ logSheet: "Log Penggabungan (2)", written: 2, syncs: 2 });
    const coordinatorWrites = state.writes.filter((w) => w.sheet === "Kertas Kerja").map((w) => [w.address, w.value]);
    expect(coordinatorWrites).toEqual([["H6", "Renstra 2024-2026 ditetapkan"], ["E8", 2]]);
    expect(state.writes.every((w) => w.sheet === "Kertas Kerja" || w.sheet === "Log Penggabungan (2)")).toBe(true);
    // The existing sheet is untouched; the conflicting cells keep the coordinator's (blank) values.
    expect(state.getCell("Log Penggabungan", "A1")).toBe("lama");
    expect(state.getCell("Kertas Kerja", "E6")).toBeUndefined();
    expect(state.getCell("Kertas Kerja", "E7")).toBeUndefined();
    // The log lists every change with old value, new value and source sheet, then the conflicts.
    expect(state.getCell("Log Penggabungan (2)", "B2")).toBe("Kolom");
    expect(["A4", "B4", "C4", "D4", "E4", "F4", "G4"].map((a) => state.getCell("Log Penggabungan (2)", a))).toEqual([
      3, "Tingkat", "'Kertas Kerja'!E8", "", 2, "Inspektorat", "Inspektorat",
    ]);
    expect(state.getCell("Log Penggabungan (2)", "A6")).toBe("Konflik: tidak digabungkan, nilai koordinator tetap");
    expect(state.getCell("Log Penggabungan (2)", "F9")).toBe("2 [Bappeda; Bappeda] | 4 [Inspektorat; Inspektorat]");
  });

  it("writes nothing when a cell changed since the review", async () => {
    const state = installFakeOffice(globalThis, workbook());
    const reviewed = await review();
    if (reviewed.status !== "ready") throw new Error(reviewed.status);
    state.setCell("Kertas Kerja", "E8", 1);
    state.writes.length = 0;
    const sheetsBefore = state.sheets.length;
    const attempt = writeMerge(mergeWrites(reviewed.result), mergeLog(reviewed.result, "en"));
    await expect(attempt).rejects.toBeInstanceOf(CellsChangedError);
    await expect(attempt).rejects.toMatchObject({ operation: "merge" });
    await expect(attempt).rejects.toMatchObject({ cells: ["'Kertas Kerja'!E8"] });
    expect(state.writes).toEqual([]);
    expect(state.sheets.length).toBe(sheetsBefore);
  });

  it("lets Excel's refusal reach the caller and writes nothing", async () => {
    const state = installFakeOffice(globalThis, workbook());
    const reviewed = await review();
    if (reviewed.status !== "ready") throw new Error(reviewed.status);
    state.writes.length = 0;
    state.failNextSync = { code: "AccessDenied", message: "The sheet is protected", errorLocation: "Range.values" };
    await expect(writeMerge(mergeWrites(reviewed.result), mergeLog(reviewed.result, "id"))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(state.writes).toEqual([]);
  });

  it("writes text that looks like a formula as text", async () => {
    const state = installFakeOffice(globalThis, templateWorkbook([{ sheet: "S", levels: [1] }]));
    await writeMerge([{ address: "S!H6", expected: "", value: "=1+1 bukan rumus" }], { baseName: "Log", rows: [["x"]], boldRows: [] });
    expect(state.getCell("S", "H6")).toBe("'=1+1 bukan rumus");
  });
});

describe("uniqueSheetName", () => {
  it.each([
    [[], "Log", "Log"],
    [["log"], "Log", "Log (2)"],
    [["Log", "Log (2)"], "Log", "Log (3)"],
    [["A".repeat(31)], "A".repeat(40), `${"A".repeat(27)} (2)`],
  ])("taken %j, base %s: %s", (taken, base, expected) => {
    expect(uniqueSheetName(taken, base)).toBe(expected);
  });
});
