import { readMergeSources } from "../../src/excel/readMergeSources";
import { openWorkbook } from "../../src/excel/openWorkbook";
import { buildUnitWorkbook, bytesToBase64 } from "../../src/taskpane/unitWorkbook";
import { reviewSplit } from "../../src/taskpane/unitsModel";
import { readTemplateFile } from "../../src/units/readTemplateFile";
import { installFakeOffice, templateWorkbook } from "./fakeHost";

const column = (values: Record<number, string | number>) => Array.from({ length: 47 }, (_, i) => values[i + 1] ?? null);

describe("fan-out in the task pane", () => {
  it("builds the unit workbook of one unit from the open template, stamped and with only its indicators", async () => {
    installFakeOffice(globalThis, templateWorkbook([{
      sheet: "Kertas Kerja", instansi: "Kab. Contoh", year: 2025,
      levels: column({ 1: 2, 3: 4 }),
      pic: column({ 1: "Bappeda", 2: "Bappeda; Inspektorat", 3: "Inspektorat" }),
      justification: column({ 1: "draf", 3: "audit 2024" }),
    }]));
    const [raw] = await readMergeSources([{ key: "workbook", scope: "workbook", sheetName: "Kertas Kerja" }]);
    const split = reviewSplit(raw);
    if (split.status !== "ready") throw new Error(split.status);
    expect(split.units.map((u) => [u.unit, u.indicators])).toEqual([["Bappeda", [1, 2]], ["Inspektorat", [2, 3]]]);
    expect(split.unassigned).toHaveLength(44);

    const built = await buildUnitWorkbook(split.source, split.units[0], { language: "id", deadline: "2026-03-31", note: "Lengkapi data dukung." });
    expect(built.fileName).toBe("bappeda.xlsx");
    const file = await readTemplateFile(built.fileName, Buffer.from(built.base64, "base64"));
    expect(file.stamp?.unit).toBe("Bappeda");
    expect(file.reading.framework.id).toBe("59/2020");
    expect(file.reading.levels.slice(0, 3).map((c) => c.value)).toEqual([2, null, null]);
    expect(file.reading.justification.slice(0, 3).map((c) => c.value)).toEqual(["draf", null, null]);
    expect(file.reading.instansi.value).toBe("Kab. Contoh");
  });

  it("encodes bytes as base64 without Buffer", () => {
    const bytes = new Uint8Array(70000).map((_, i) => i % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("says why the coordinator's template cannot be split", async () => {
    installFakeOffice(globalThis, templateWorkbook([{ sheet: "Lama", levels: column({}) }]));
    const [raw] = await readMergeSources([{ key: "workbook", scope: "workbook", sheetName: "Lama" }]);
    const split = reviewSplit(raw);
    expect(split.status).toBe("coordinator-broken");
    if (split.status === "coordinator-broken") expect(split.problem.messageIn("id")).toContain("SPBE_PIC");
  });

  it("opens the bytes as a new workbook with Excel.createWorkbook, without a sync", async () => {
    const state = installFakeOffice(globalThis, templateWorkbook([{ sheet: "S", levels: [1] }]));
    await openWorkbook("UEsDBA==");
    expect((state as unknown as { createdWorkbooks: string[] }).createdWorkbooks).toEqual(["UEsDBA=="]);
    expect(state.syncs).toBe(0);
  });
});
