/**
 * The Bukti Dukung sheet's native formulas, evaluated by HyperFormula, give the level each indicator's evidence
 * supports exactly as the core's rule does, on random item sets (codes in any case and spacing, statuses in both
 * languages, blanks, unknown words, codes that are not codes), and flag claims above their evidence.
 */
import {
  EVIDENCE_STATUSES, claimedLevel, evidenceLevel, getFramework, parseEvidenceCode, readEvidenceItems,
  readEvidenceStatus, type FrameworkId,
} from "../../src/core";
import { describeTemplate, names as N } from "../../src/template";
import { buildSpecEngine, type SpecEngine } from "./specEngine";
import { itemSet } from "../helpers/evidenceItems";

// 59/2020's sheet has 47 x 15 item rows and HyperFormula recalculates every COUNTIFS on each fill: fewer sets there.
describe.each<[FrameworkId, number]>([["8/2026", 10], ["59/2020", 3]])("Bukti Dukung sheet of %s", (id, sets) => {
  const framework = getFramework(id);
  const spec = describeTemplate(id, { evidence: true });
  const rows = spec.names.find((n) => n.name === N.SPBE_EVIDENCE_ITEMS)!.ref.match(/\$(\d+):\$A\$(\d+)/)!;
  const itemRows = Number(rows[2]) - Number(rows[1]) + 1;
  let engine: SpecEngine;
  /** The levels the random sets reached: a comparison that only ever saw 0 would prove little. */
  const seen = new Set<number>();
  beforeAll(() => {
    engine = buildSpecEngine(spec);
  });
  afterAll(() => engine.destroy());

  it.each(Array.from({ length: sets }, (_, i) => i + 1))("equals the core's rule on random item set %i", (seed) => {
    const set = itemSet(seed * 7919, itemRows, framework.indicators.length, seed % 3 === 0);
    engine.batch(() => {
      engine.fill(N.SPBE_EVIDENCE_ITEMS, set.codes as never[]);
      engine.fill(N.SPBE_EVIDENCE_STATUS, set.statuses as never[]);
    });
    const read = readEvidenceItems(set.codes, set.statuses, framework.indicators.length);
    const native = engine.column(N.SPBE_EVIDENCE_LEVELS);
    if (read.invalid.length > 0) {
      expect(native.every((v) => typeof v === "string" && v.includes(`(${read.invalid.length} kode)`))).toBe(true);
    } else {
      expect(native).toEqual(framework.indicators.map((ind) => evidenceLevel(read.items, ind.no)));
      for (const v of native.slice(0, 6)) seen.add(v as number);
    }
  });

  it("the random sets reach several levels, cut by the rule", () => {
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(2);
  });

  it("reads codes and statuses as the core does, cell by cell", () => {
    const codes = ["I1-L1-01", " i2-l3-x ", "I1-L6-01", "I01-L1-01", "I1-L1-", "I1.5-L1-01", "I1-L1-01-L2", "", null, 7, "IK1-L1-01"];
    const statuses = ["diterima", "Accepted ", "draf", "revisi", "uploaded", "not  started", "", null, 3, "x", "DITERIMA"];
    const padded = (list: unknown[]) => [...list, ...new Array(itemRows - list.length).fill(null)];
    engine.batch(() => {
      engine.fill(N.SPBE_EVIDENCE_ITEMS, padded(codes) as never[]);
      engine.fill(N.SPBE_EVIDENCE_STATUS, padded(statuses) as never[]);
    });
    const sheet = spec.sheets.find((s) => s.key === "evidence")!.name;
    codes.forEach((code, i) => {
      const parsed = parseEvidenceCode(code, framework.indicators.length);
      const indicatorCell = engine.cell(sheet, `B${5 + i}`);
      if (parsed === null) expect(indicatorCell).toBe("");
      else if (parsed === "invalid") expect(indicatorCell).toBe("kode tidak valid");
      else expect([indicatorCell, engine.cell(sheet, `C${5 + i}`)]).toEqual([parsed.indicator, parsed.level]);
      const status = readEvidenceStatus(statuses[i]);
      expect(engine.cell(sheet, `Q${5 + i}`)).toBe(status === null ? 0 : EVIDENCE_STATUSES.indexOf(status) + 1);
    });
  });

  it("flags a self-assessed value above the level its evidence supports", () => {
    const codes = ["I1-L1-01", "I1-L2-01", "I2-L1-01"];
    const statuses = ["diterima", "revisi", "diterima"];
    const padded = (list: unknown[]) => [...list, ...new Array(itemRows - list.length).fill(null)];
    engine.batch(() => {
      engine.fill(N.SPBE_EVIDENCE_ITEMS, padded(codes) as never[]);
      engine.fill(N.SPBE_EVIDENCE_STATUS, padded(statuses) as never[]);
    });
    const value = id === "8/2026" ? 2.26 : 3;
    engine.fill(N.SPBE_LEVELS, [value, 1, ...new Array(framework.indicators.length - 2).fill(null)]);
    const sheet = spec.sheets.find((s) => s.key === "evidence")!.name;
    const claimed = claimedLevel(framework, 1, Math.round(value * 100));
    expect(engine.column(N.SPBE_EVIDENCE_LEVELS).slice(0, 3)).toEqual([1, 1, 0]);
    expect(engine.cell(sheet, "X5")).toBe(`di atas bukti (${claimed} > 1)`);
    expect(engine.cell(sheet, "X6")).toBe("");
    expect(engine.cell(sheet, "Y5")).toBe("1/1");
    expect(engine.cell(sheet, "Z5")).toBe("0/1");
  });
});

describe("which templates have the Bukti Dukung sheet", () => {
  it("8/2026 by default, the others when asked, and never when refused", () => {
    const keys = (id: FrameworkId, evidence?: boolean) => describeTemplate(id, { evidence }).sheets.map((s) => s.key);
    expect(keys("8/2026")).toContain("evidence");
    expect(keys("8/2026", false)).not.toContain("evidence");
    expect(keys("59/2020")).not.toContain("evidence");
    expect(keys("59/2020", true)).toContain("evidence");
    expect(describeTemplate("59/2020").names.some((n) => n.name.startsWith("SPBE_EVIDENCE_"))).toBe(false);
  });
});
