/** The leader report's figures (issue 14): every one from the core's exact arithmetic, checked against it here. */
import {
  aspectIndex, bandOfIndex, getFramework, leaderReport, overallIndex, planToTarget, roundHalfUpToHundredths, type Framework,
} from "../../src/core";

const spbe = getFramework("59/2020");
const pemdi = getFramework("8/2026");
const all = (framework: Framework, level: number) => framework.indicators.map(() => level);

describe("leaderReport", () => {
  it("reports each aspect and the index rounded half-up, with the predikat of the practice", () => {
    const levels = spbe.indicators.map((_, i) => 100 + ((i * 7) % 4) * 100);
    const report = leaderReport({ framework: spbe, levels, practice: "exact" });
    expect(report.basis).toBe("simulation");
    report.aspects.forEach((row, i) => {
      const exact = aspectIndex(spbe, levels, spbe.aspects[i]);
      expect(row.hundredths).toBe(roundHalfUpToHundredths(exact));
      expect(row.band).toBe(bandOfIndex(spbe, exact, "exact"));
      expect(row.targetHundredths).toBeUndefined();
      expect(row.lastYearHundredths).toBeUndefined();
    });
    expect(report.overall.hundredths).toBe(roundHalfUpToHundredths(overallIndex(spbe, levels)));
  });

  it("rounds the distance to the next band and each gap up, so neither looks smaller than it is", () => {
    // Index 2,5 exactly: Baik starts at 2,60, so 0,10 to go.
    const report = leaderReport({ framework: spbe, levels: all(spbe, 250), targets: all(spbe, 251), practice: "exact" });
    expect(report.nextBand).toEqual({ band: spbe.bands.find((b) => b.predikat === "Baik"), gapHundredths: 10 });
    // The target 2,51 is 0,01 above: the gap is 0,01, never 0,00.
    for (const row of [...report.aspects, report.overall]) expect([row.targetHundredths, row.gapHundredths]).toEqual([251, 1]);
  });

  it("gives a reached target a gap of 0, and plans to the next band instead", () => {
    const report = leaderReport({ framework: spbe, levels: all(spbe, 300), targets: all(spbe, 200), practice: "exact" });
    expect(report.overall.gapHundredths).toBe(0);
    expect(report.plan?.aim).toBe("nextBand");
    expect(report.plan?.targetHundredths).toBe(report.nextBand!.band.minHundredths);
  });

  it("takes its steps from the core's plan to the target, largest gains first, with each step's PIC", () => {
    const levels = spbe.indicators.map((_, i) => 100 + (i % 3) * 100);
    const targets = levels.map((l) => Math.min(500, l + 100));
    const pic = spbe.indicators.map((_, i) => (i % 2 === 0 ? ` Diskominfo ` : null));
    const report = leaderReport({ framework: spbe, levels, targets, pic, practice: "exact", maxSteps: 4 });
    const plan = planToTarget(spbe, levels, roundHalfUpToHundredths(overallIndex(spbe, targets)), { practice: "exact" });
    expect(report.plan?.aim).toBe("target");
    expect(report.plan?.status).toBe(plan.status);
    expect(report.plan!.steps.length + report.plan!.moreSteps).toBe(plan.steps.length);
    expect(report.plan!.steps).toHaveLength(Math.min(4, plan.steps.length));
    const gains = report.plan!.steps.map((s) => s.step.gain.num / s.step.gain.den);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    for (const s of report.plan!.steps) {
      expect(s.pic).toBe((s.step.indicator.no - 1) % 2 === 0 ? "Diskominfo" : undefined);
      expect(s.gainHundredths).toBe(roundHalfUpToHundredths(s.step.gain));
    }
  });

  it("is official only when every official level is there, and then shows the official values", () => {
    const official = all(pemdi, 320);
    const partial = official.map((v, i) => (i === 3 ? null : v));
    expect(leaderReport({ framework: pemdi, levels: all(pemdi, 200), official: partial, practice: "exact" }).basis).toBe("simulation");
    const report = leaderReport({ framework: pemdi, levels: all(pemdi, 200), official, practice: "exact" });
    expect(report.basis).toBe("official");
    expect(report.overall.hundredths).toBe(320);
  });

  it("shows last year per aspect when last year is complete, and has no plan in the top band without a target", () => {
    const report = leaderReport({ framework: spbe, levels: all(spbe, 500), lastYear: all(spbe, 420), practice: "exact" });
    expect(report.aspects.map((r) => r.lastYearHundredths)).toEqual(spbe.aspects.map(() => 420));
    expect(report.nextBand).toBeUndefined();
    expect(report.plan).toBeUndefined();
    const incomplete = leaderReport({ framework: spbe, levels: all(spbe, 500), lastYear: [null, ...all(spbe, 420).slice(1)], practice: "exact" });
    expect(incomplete.overall.lastYearHundredths).toBeUndefined();
  });
});
