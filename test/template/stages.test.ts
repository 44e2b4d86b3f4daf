/**
 * The Tahapan sheet: its native formulas read the pasted block by key and compute each stage's index and changes
 * exactly as src/core/stages.ts does (readPastedKey, readPastedResults, stageReport), checked in HyperFormula on
 * the keys analysts paste and on random blocks; the Kertas Kerja's official column falls back to the pasted final
 * result.
 */
import type { RawCellContent } from "hyperformula";
import {
  PASTED_STAGES, STAGES, finalValues, overallIndex, getFramework, pastedIndicatorNos, readPastedResults, stageReport, stageValueOf,
  type FrameworkId, type Stage, type StageValue,
} from "../../src/core";
import { cellRef, describeTemplate } from "../../src/template";
import { STAGE_SHEET as S, overallRowOf } from "../../src/template/layout";
import { stageRow, stageRows } from "../../src/template/stagesSheet";
import { buildSpecEngine } from "./specEngine";
import { random } from "../helpers/evidenceItems";

const KEYS: RawCellContent[] = [
  6, "6", " I6 ", "i6", "IK-06", "IK 6", "Indikator 6 : Nama", "INDICATOR 6", "No. 6", "Nomor 6", "6. Nama indikator", "18.5", "123", "0", 0, -3,
  "3.2", "3,2", 3.2, "3.2 Nama", "3.0", 3.0, "8.1", 8.1, "1.9", "3.25", 3.25, "TOTAL", "Aspek 3", "", "I", "Interoperabilitas", true, "#N/A", 21, 48, 47, "47",
];

describe.each(["8/2026", "59/2020"] as FrameworkId[])("the Tahapan sheet of %s", (id) => {
  const framework = getFramework(id);
  const spec = describeTemplate(id);
  const sheet = spec.sheets.find((s) => s.key === "stages")!;
  const engine = buildSpecEngine(spec);
  afterAll(() => engine.destroy());
  const rows = stageRows(framework);
  const n = framework.indicators.length;
  const pasteCell = (k: number, col: number) => cellRef(rows.firstPaste + k, col);
  const clear = () => engine.batch(() => {
    for (let k = 0; k < S.pasteRows; k++) for (const col of [S.col.indicator, S.col.dokumen, S.col.interviu, S.col.visitasi, S.col.akhir]) engine.setCell(sheet.name, pasteCell(k, col), null);
    engine.fill("SPBE_LEVELS", Array.from({ length: n }, () => null));
    engine.fill("SPBE_OFFICIAL", Array.from({ length: n }, () => null));
  });

  it("reads every pasted key as the core does, with and without Pemdi codes in the block", () => {
    for (const keys of [KEYS, KEYS.filter((k) => !(typeof k === "number" && !Number.isInteger(k)) && !/^\d[.,]\d/.test(String(k)))]) {
      clear();
      engine.batch(() => keys.forEach((key, k) => {
        // HyperFormula reads a typed "3.0" as a number; the apostrophe keeps it the text a "@" cell holds.
        engine.setCell(sheet.name, pasteCell(k, S.col.indicator), typeof key === "string" && key !== "#N/A" ? `'${key}` : key);
        engine.setCell(sheet.name, pasteCell(k, S.col.dokumen), 2);
      }));
      const native = keys.map((_, k) => engine.cell(sheet.name, pasteCell(k, S.pasteHelper.keyNo)));
      const core = pastedIndicatorNos(keys, framework).map((no) => no ?? 0);
      expect(keys.map((key, k) => [key, native[k]])).toEqual(keys.map((key, k) => [key, core[k]]));
    }
  });

  it("reads the keys of the README's workbooks as their indicators", () => {
    const read = (keys: unknown[]) => pastedIndicatorNos(keys, framework);
    expect(read(["I6", "Indikator 18 : Nama", "IK-07", 5, "18.5", "123", "TOTAL", ""])).toEqual([6, 18, 7, 5, null, null, null, null]);
    if (id === "8/2026") {
      // Codes in the block make the bare numbers headings; "I6" stays indicator 6.
      expect(read(["3", "3.1", 3.2, "3,3", "I6", "8.1"])).toEqual([null, 5, 6, 7, 6, null]);
    } else expect(read(["3.2", 3.2, "3"])).toEqual([null, null, 3]);
  });

  it("fills the official series from the pasted final result where the official column is blank, and a typed value wins", () => {
    clear();
    const finals = framework.indicators.map((ind) => [1, 1.26, 2.5, 3][ind.no % 4]);
    engine.batch(() => {
      // Pasted bottom up, with the portal's codes: the block is read by key, not by position.
      framework.indicators.forEach((ind, k) => {
        engine.setCell(sheet.name, pasteCell(n - 1 - k, S.col.indicator), `'I${ind.no}`);
        engine.setCell(sheet.name, pasteCell(n - 1 - k, S.col.akhir), finals[k]);
      });
      engine.fill("SPBE_OFFICIAL", framework.indicators.map((ind) => (ind.no === 1 ? 4 : null)));
    });
    const expected = finals.map((v, k) => (k === 0 ? 400 : Math.round(v * 100)));
    const official = engine.cell(spec.sheets[1].name, cellRef(overallRowOf("officialIndex"), 3));
    const index = overallIndex(framework, expected);
    expect(official).toBe(index.num / index.den);
    expect(engine.cell(sheet.name, cellRef(rows.totals, S.col.akhir))).toBe(index.num / index.den);
  });

  it("gives the core's stage values, indices, changes and falls on random pasted blocks", () => {
    const next = random(id === "8/2026" ? 7 : 11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const level = (): RawCellContent => pick([1, 1.26, 1.5, 2, 2.5, 3, 3.49, 4, 5, 0.5, 5.5, "dua", 2.555, null]);
    let compared = 0;
    for (let round = 0; round < 12; round++) {
      clear();
      const keys: RawCellContent[] = [];
      const values: RawCellContent[][] = [];
      const count = 10 + Math.floor(next() * 60);
      for (let k = 0; k < count; k++) {
        const no = 1 + Math.floor(next() * n);
        keys.push(pick<RawCellContent>([no, `I${no}`, `Indikator ${no} : x`, `IK-${no}`, "TOTAL", no]));
        values.push(PASTED_STAGES.map(() => (next() < 0.3 ? null : pick([level(), 2, 3]))));
      }
      const full = round % 2 === 0;
      const levels = Array.from({ length: n }, () => (full || next() < 0.9 ? pick<RawCellContent>([1, 2, 3, 1.5, 2.26, 4]) : null));
      const official = Array.from({ length: n }, () => (next() < 0.3 ? pick<RawCellContent>([2, 3, 1.26]) : null));
      engine.batch(() => {
        keys.forEach((key, k) => {
          engine.setCell(sheet.name, pasteCell(k, S.col.indicator), key);
          PASTED_STAGES.forEach((stage, s) => engine.setCell(sheet.name, pasteCell(k, S.col[stage]), values[k][s]));
        });
        engine.fill("SPBE_LEVELS", levels);
        engine.fill("SPBE_OFFICIAL", official);
      });
      const pasted = readPastedResults(
        framework,
        keys.map((value, k) => ({ value, address: `k${k}` })),
        values.map((cells, k) => cells.map((value, s) => ({ value, address: `v${k}.${s}` }))),
      );
      const byStage = {
        mandiri: levels.map((v) => stageValueOf(v, framework)),
        dokumen: pasted.values.dokumen, interviu: pasted.values.interviu, visitasi: pasted.values.visitasi,
        akhir: finalValues(official.map((v) => stageValueOf(v, framework)), pasted.values.akhir),
      } as Record<Stage, StageValue[]>;
      const report = stageReport(framework, byStage);
      const helperOf = { mandiri: S.tableHelper.hMandiri, dokumen: S.tableHelper.hDokumen, interviu: S.tableHelper.hInterviu, visitasi: S.tableHelper.hVisitasi, akhir: S.tableHelper.hAkhir };
      const asNative = (v: StageValue) => (v === null ? "" : v === "invalid" ? -1 : v === "conflict" ? -2 : v);
      for (const stage of STAGES) {
        const native = framework.indicators.map((ind) => engine.cell(sheet.name, cellRef(stageRow(ind.no), helperOf[stage])));
        // The final stage reads the Kertas Kerja's official helper, where a pasted conflict is refused (-1).
        const core = byStage[stage].map((v) => (stage === "akhir" && v === "conflict" ? -1 : asNative(v)));
        expect([stage, native]).toEqual([stage, core]);
      }
      report.stages.forEach((stage) => {
        const exact = engine.cell(sheet.name, cellRef(rows.totals, S.col[stage.stage]));
        if (stage.index) {
          compared++;
          expect(exact).toBe(stage.index.num / stage.index.den);
          expect(engine.cell(sheet.name, cellRef(rows.totals + 2, S.col[stage.stage]))).toBe(stage.band!.predikat);
        } else expect(typeof exact).toBe("string");
      });
      report.changes.forEach((change) => {
        const points = engine.cell(sheet.name, cellRef(rows.totals + 3, S.col[change.stage]));
        const fell = engine.cell(sheet.name, cellRef(rows.totals + 4, S.col[change.stage]));
        if (points === "") {
          expect(change.changed).toEqual([]);
          return;
        }
        compared++;
        expect([change.stage, points, fell]).toEqual([change.stage, change.indexPoints.num / change.indexPoints.den, change.fell]);
      });
    }
    // The rounds must reach computed indices and changes, not only the "belum lengkap" texts.
    expect(compared).toBeGreaterThan(12);
  });
});
