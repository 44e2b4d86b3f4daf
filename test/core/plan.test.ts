import {
  ceilToHundredths, distanceToNextBand, largestPotentials,
  PEMDI_8_2026, SPBE_59_2020, describePlan, overallIndex, planToTarget, ratioAtLeastHundredths, ratioToNumber, readTarget,
  resolveTarget, roundHalfUpToHundredths, targetGap, type Framework, type IndicatorPlanOptions, type Plan, type PlanOptions,
  type PlanTarget, type PredikatPractice,
} from "../../src/core";
import { solveCheapestSelection } from "../../src/core/planSolver";
import { seededRandom as random } from "../../scripts/seeded-random";

const hundredths = (levels: number[]) => levels.map((l) => Math.round(l * 100));
const changes = (plan: Plan) => plan.steps.map((s) => [s.indicator.no, s.to / 100]);

// ---------------------------------------------------------------------------------------------------------------
// Small synthetic frameworks and an independent brute force
// ---------------------------------------------------------------------------------------------------------------

/** A framework with the given indicator weights (which must sum to 100 x unitsPerPercent) and the 59/2020 bands. */
function tinyFramework(weights: number[], unitsPerPercent = 1): Framework {
  return {
    ...SPBE_59_2020,
    weightUnitsPerPercent: unitsPerPercent,
    domains: [],
    aspects: [{ id: "A1", no: 1, name: "A", nameEn: "A", weight: 100 * unitsPerPercent, indicatorNos: weights.map((_, i) => i + 1) }],
    indicators: weights.map((weight, i) => ({ no: i + 1, name: `I${i + 1}`, nameEn: `I${i + 1}`, aspectId: "A1", weight, scaleId: "proses" })),
  };
}

interface BruteResult {
  status: Plan["status"];
  changes: number[][];
  effort: number;
}

/**
 * Every combination of raises, judged by computing the projected index and its predikat test directly. Written
 * without the planner's numerator formulas or integer effort scaling: efforts are summed as doubles and compared
 * with a tolerance.
 */
function bruteForce(fw: Framework, levels: number[], target: PlanTarget, options: PlanOptions): BruteResult {
  const practice: PredikatPractice = options.practice ?? "exact";
  const bound = resolveTarget(fw, target).hundredths;
  const reaches = (lv: number[]) => {
    const index = overallIndex(fw, lv);
    return practice === "exact" ? ratioAtLeastHundredths(index, bound) : roundHalfUpToHundredths(index) >= bound;
  };
  // Reachable levels of each indicator and the effort to get there.
  const options_ = fw.indicators.map((ind, i) => {
    const o: IndicatorPlanOptions = options.indicators?.[ind.no] ?? {};
    const cap = o.maxLevel ?? options.maxLevel ?? 5;
    const rise = o.maxRise ?? options.maxRise ?? 5;
    const effortOf = (level: number) => {
      const e = o.effort ?? options.effort ?? 1;
      return typeof e === "number" ? e : e[level - 1];
    };
    const out = [{ level: levels[i], effort: 0 }];
    if (o.locked) return out;
    let effort = 0;
    // Band steps: level n is reached at its band's floor.
    const floors = options.stepTo === "band" ? fw.levelScales.find((x) => x.id === ind.scaleId)?.valueBandFloors : undefined;
    const at = (level: number) => (floors ? floors[level - 1] : level * 100);
    for (let next = 1, k = 1; next <= cap && k <= rise; next++) {
      if (at(next) <= levels[i]) continue;
      effort += effortOf(next);
      out.push({ level: at(next), effort });
      k++;
    }
    return out;
  });
  const EPS = 1e-9;
  type Candidate = { ks: number[]; lv: number[]; effort: number; count: number; weight: number; num: number };
  // Rule 5's order: the indicators whose own gains have the smallest common divisor first (a decimal level's first
  // step), then by number.
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const ownGcd = options_.map((steps, i) => steps.slice(1).reduce((d, o) => gcd(d, (o.level - levels[i]) * fw.indicators[i].weight), 0));
  const rule5 = fw.indicators.map((_, i) => i).filter((i) => options_[i].length > 1 && fw.indicators[i].weight > 0)
    .sort((a, b) => ownGcd[a] - ownGcd[b] || a - b);
  // Lexicographic: effort, count, -weight, -index, then the largest raise vector in rule 5's order.
  const better = (a: Candidate, b: Candidate): boolean => {
    if (Math.abs(a.effort - b.effort) > EPS) return a.effort < b.effort;
    if (a.count !== b.count) return a.count < b.count;
    if (a.weight !== b.weight) return a.weight > b.weight;
    if (a.num !== b.num) return a.num > b.num;
    for (const i of rule5) if (a.ks[i] !== b.ks[i]) return a.ks[i] > b.ks[i];
    return false;
  };
  let best: Candidate | null = null;
  let top: Candidate | null = null;
  const ks = new Array<number>(fw.indicators.length).fill(0);
  const visit = (i: number) => {
    if (i === ks.length) {
      const lv = ks.map((k, j) => options_[j][k].level);
      const c: Candidate = {
        ks: [...ks],
        lv,
        effort: ks.reduce((s, k, j) => s + options_[j][k].effort, 0),
        count: ks.filter((k) => k > 0).length,
        weight: ks.reduce((s, k, j) => s + (k > 0 ? fw.indicators[j].weight : 0), 0),
        num: overallIndex(fw, lv).num,
      };
      if (reaches(lv) && (best === null || better(c, best))) best = c;
      if (ks.every((k, j) => k === options_[j].length - 1)) top = c;
      return;
    }
    for (let k = 0; k < options_[i].length; k++) {
      ks[i] = k;
      visit(i + 1);
    }
    ks[i] = 0;
  };
  visit(0);
  const toChanges = (c: Candidate) => c.ks.flatMap((k, j) => (k > 0 ? [[j + 1, c.lv[j] / 100]] : []));
  if (reaches(levels)) return { status: "alreadyReached", changes: [], effort: 0 };
  if (best === null) return { status: "unreachable", changes: toChanges(top!), effort: (top as Candidate | null)!.effort };
  const b = best as Candidate;
  return { status: "planned", changes: toChanges(b), effort: b.effort };
}

const EFFORTS = [0, 0.1, 0.2, 0.3, 0.5, 1, 1, 1, 1.5, 2, 3];

function randomCase(seed: number) {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const n = 2 + Math.floor(rnd() * 4);
  const units = pick([1, 3]);
  // Weights: positive integers summing to 100 x units, often equal (to provoke ties).
  let weights: number[];
  if (rnd() < 0.3) {
    weights = new Array<number>(n).fill(Math.floor((100 * units) / n));
    weights[0] += 100 * units - weights.reduce((a, b) => a + b, 0);
  } else {
    const cuts = Array.from({ length: n - 1 }, () => 1 + Math.floor(rnd() * (100 * units - 1))).sort((a, b) => a - b);
    weights = [...cuts, 100 * units].map((c, i, all) => c - (i === 0 ? 0 : all[i - 1]));
    if (weights.some((w) => w === 0)) weights = new Array<number>(n).fill(0).map((_, i) => (i === 0 ? 100 * units - (n - 1) : 1));
  }
  const fw = tinyFramework(weights, units);
  const levels = weights.map(() => (rnd() < 0.2 ? Math.floor(rnd() * 500) : 100 * Math.floor(rnd() * 6)));
  const indicators: Record<number, IndicatorPlanOptions> = {};
  for (let i = 1; i <= n; i++) {
    const o: { -readonly [K in keyof IndicatorPlanOptions]: IndicatorPlanOptions[K] } = {};
    if (rnd() < 0.15) o.locked = true;
    if (rnd() < 0.25) o.maxLevel = 1 + Math.floor(rnd() * 5);
    if (rnd() < 0.25) o.maxRise = Math.floor(rnd() * 4);
    const r = rnd();
    if (r < 0.35) o.effort = pick(EFFORTS);
    else if (r < 0.55) o.effort = [1, 2, 3, 4, 5].map(() => pick(EFFORTS));
    indicators[i] = o;
  }
  const options: PlanOptions = {
    practice: rnd() < 0.5 ? "exact" : "rounded",
    maxRise: rnd() < 0.3 ? 1 + Math.floor(rnd() * 2) : undefined,
    effort: rnd() < 0.2 ? pick([0.5, 2]) : undefined,
    indicators,
  };
  const target: PlanTarget = rnd() < 0.2 ? pick(["Baik", "Cukup", "Sangat Baik", "Memuaskan"]) : Math.floor(rnd() * 501);
  return { fw, levels, target, options };
}

/** The planner's answer equals the brute force's: status, the raises, the total effort. */
function expectBruteForcePlan(fw: Framework, levels: number[], target: PlanTarget, options: PlanOptions): void {
  const plan = planToTarget(fw, levels, target, options);
  const expected = bruteForce(fw, levels, target, options);
  expect(plan.status).toBe(expected.status);
  expect(changes(plan)).toEqual(expected.changes);
  expect(plan.totalEffort).toBeCloseTo(expected.effort, 9);
}

/** A Pemdi-like framework: the given weights, one scale with value bands (floors 1,00 1,50 2,50 3,50 4,00). */
function tinyBandFramework(weights: number[], unitsPerPercent = 1): Framework {
  const fw = tinyFramework(weights, unitsPerPercent);
  return {
    ...fw,
    minLevel: 0,
    levelScales: [{ ...fw.levelScales[0], id: "pita", valueBandFloors: [100, 150, 250, 350, 400] }],
    indicators: fw.indicators.map((i) => ({ ...i, scaleId: "pita" })),
  };
}

describe("planToTarget with band steps, against brute force", () => {
  it.each(Array.from({ length: 200 }, (_, i) => [i + 1]))("random case %i", (seed) => {
    const { fw: base, levels, target, options } = randomCase(seed + 10_000);
    const fw = tinyBandFramework(base.indicators.map((i) => i.weight), base.weightUnitsPerPercent);
    // 2026-style values: continuous, inside the bands.
    const values = levels.map((l, i) => [126, 150, 117, 200, 250, 349, 0, 400, 500][(l + i) % 9]);
    expectBruteForcePlan(fw, values, target, { ...options, stepTo: "band" });
  });

  it("raises 1,26 to the next band's floor, 1,50, not to 2", () => {
    // Either raise reaches 1,50; the heavier indicator goes first (rule 3).
    const fw = tinyBandFramework([60, 40]);
    const plan = planToTarget(fw, [126, 150], 150, { stepTo: "band" });
    expect(plan.steps.map((s) => [s.indicator.no, s.from, s.to, s.steps])).toEqual([[1, 126, 150, 1]]);
    expect(planToTarget(fw, [126, 150], 150).steps.map((s) => s.to)).toEqual([200]);
    expect(() => planToTarget(fw, [126, 150], 150, { stepTo: "half" as never })).toThrow(/band/);
  });
});

describe("planToTarget against brute force", () => {
  it.each(Array.from({ length: 400 }, (_, i) => [i + 1]))("random case %i", (seed) => {
    const { fw, levels, target, options } = randomCase(seed);
    expectBruteForcePlan(fw, levels, target, options);
  });

  it("covers every outcome and both practices in the random cases", () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 400; seed++) {
      const { fw, levels, target, options } = randomCase(seed);
      seen.add(`${planToTarget(fw, levels, target, options).status}/${options.practice}`);
    }
    expect([...seen].sort()).toEqual([
      "alreadyReached/exact", "alreadyReached/rounded", "planned/exact", "planned/rounded", "unreachable/exact", "unreachable/rounded",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Rules, one by one, on frameworks small enough to check by hand
// ---------------------------------------------------------------------------------------------------------------

describe("planToTarget rules", () => {
  // Weights 50/30/20 of 100: one step of indicator 1 adds 0,50 to the index, of 2 adds 0,30, of 3 adds 0,20.
  const fw = tinyFramework([50, 30, 20]);

  it("raises the heaviest indicator when every step costs the same", () => {
    const plan = planToTarget(fw, [100, 100, 100], 150);
    expect(changes(plan)).toEqual([[1, 2]]);
    expect(plan.totalEffort).toBe(1);
    expect(ratioToNumber(plan.projected.index)).toBe(1.5);
  });

  it("raises two cheap indicators instead of one expensive one", () => {
    const plan = planToTarget(fw, [100, 100, 100], 150, { maxRise: 1, indicators: { 1: { effort: 3 } } });
    expect(changes(plan)).toEqual([[2, 2], [3, 2]]);
    expect(plan.totalEffort).toBe(2);
  });

  it("on equal effort prefers fewer indicators touched", () => {
    // Indicator 1 once (effort 2) or indicators 2 and 3 once each (effort 1 + 1): both reach 1,50.
    const plan = planToTarget(fw, [100, 100, 100], 150, { indicators: { 1: { effort: 2 } } });
    expect(changes(plan)).toEqual([[1, 2]]);
  });

  it("on equal effort and count prefers the heavier indicator", () => {
    // Target 1,20: one step of any indicator reaches it.
    expect(changes(planToTarget(fw, [100, 100, 100], 120))).toEqual([[1, 2]]);
    expect(changes(planToTarget(fw, [100, 100, 100], 120, { indicators: { 1: { locked: true } } }))).toEqual([[2, 2]]);
  });

  it("on a full tie raises the lower-numbered indicator", () => {
    const equal = tinyFramework([25, 25, 25, 25]);
    expect(changes(planToTarget(equal, [100, 100, 100, 100], 150))).toEqual([[1, 3]]);
    expect(changes(planToTarget(equal, [100, 100, 100, 100], 150, { maxRise: 1 }))).toEqual([[1, 2], [2, 2]]);
  });

  it("compares decimal efforts exactly: 0,1 + 0,2 ties with 0,3", () => {
    // Indicators 2+3 cost 0,1 + 0,2 (0.30000000000000004 in doubles); indicator 1 costs 0,3. Tie on effort, so
    // fewer indicators wins.
    const plan = planToTarget(fw, [100, 100, 100], 150, { maxRise: 1, indicators: { 1: { effort: 0.3 }, 2: { effort: 0.1 }, 3: { effort: 0.2 } } });
    expect(changes(plan)).toEqual([[1, 2]]);
    expect(plan.totalEffort).toBe(0.3);
  });

  it("takes the effort of the level reached when efforts are given per step", () => {
    // Reaching level 2 is cheap for indicator 1, level 3 is dear: 1 -> 2 (+0,50, effort 1), then indicator 2
    // 1 -> 3 (+0,60, effort 2) rather than indicator 1 on to 3 (effort 10).
    const plan = planToTarget(fw, [100, 100, 100], 200, { indicators: { 1: { effort: [1, 1, 10, 10, 10] } } });
    expect(changes(plan)).toEqual([[1, 2], [2, 3]]);
    expect(plan.totalEffort).toBe(3);
  });

  it("raises a decimal level to the next whole level first, as one step", () => {
    const plan = planToTarget(fw, [250, 100, 100], 200, { maxRise: 1 });
    // 2,5 -> 3 adds 0,25; the rest comes from the others.
    expect(plan.steps.find((s) => s.indicator.no === 1)).toMatchObject({ from: 250, to: 300, steps: 1 });
    expect(ratioAtLeastHundredths(plan.projected.index, 200)).toBe(true);
    expect(planToTarget(fw, [250, 100, 100], 500, { maxRise: 2 }).levels).toEqual([400, 300, 300]);
  });

  it("respects the maximum level and the maximum rise of each indicator", () => {
    const plan = planToTarget(fw, [100, 100, 100], 300, { indicators: { 1: { maxLevel: 3 }, 2: { maxRise: 1 } } });
    expect(plan.levels[0]).toBeLessThanOrEqual(300);
    expect(plan.levels[1]).toBeLessThanOrEqual(200);
    expect(plan.status).toBe("planned");
  });

  it("never moves a locked indicator and never lowers a level above its maximum", () => {
    const plan = planToTarget(fw, [100, 450, 100], 500, { maxLevel: 4, indicators: { 3: { locked: true } } });
    expect(plan.status).toBe("unreachable");
    expect(plan.levels).toEqual([400, 450, 100]);
  });

  it("judges 'reached' by the exact index (2024) or the rounded index (2023)", () => {
    // Weights 995/5 of 1000 (units of 0,1 %): one step of indicator 2 adds 0,005.
    const fine = tinyFramework([995, 5], 10);
    // 1,995 exact: below 2,00 exactly, 2,00 when rounded.
    const levels = [200, 100];
    expect(ratioToNumber(overallIndex(fine, levels))).toBe(1.995);
    expect(planToTarget(fine, levels, 200, { practice: "rounded" }).status).toBe("alreadyReached");
    const exact = planToTarget(fine, levels, 200);
    expect(exact.status).toBe("planned");
    // One step of either indicator reaches 2,00 exactly: the heavier one is preferred.
    expect(changes(exact)).toEqual([[1, 3]]);
  });

  it("returns an empty plan, saying so, when the target is already reached", () => {
    const plan = planToTarget(fw, [300, 300, 300], "Baik");
    expect(plan.status).toBe("alreadyReached");
    expect(plan.steps).toEqual([]);
    expect(plan.totalEffort).toBe(0);
    expect(ratioToNumber(plan.gap)).toBe(0);
    expect(describePlan(plan, "id")).toBe("Target Baik (2,60) sudah tercapai: indeks 3,00 (Baik). Tidak ada tingkat yang perlu dinaikkan.");
  });

  it("explains an unreachable target with the best index reachable, not an empty plan", () => {
    const plan = planToTarget(fw, [100, 100, 100], "Memuaskan", { maxRise: 2 });
    expect(plan.status).toBe("unreachable");
    expect(plan.levels).toEqual([300, 300, 300]);
    expect(plan.projected.hundredths).toBe(300);
    expect(describePlan(plan, "en")).toBe(
      "Target Excellent (4.20) cannot be reached under these constraints: the best possible index is 3.00 (Good), with 3 indicator(s) raised to their limits (6 step(s), effort 6).",
    );
  });

  it("does not change the levels or options it is given", () => {
    const levels = [100, 250, 100];
    const options: PlanOptions = { maxRise: 2, indicators: { 1: { effort: [1, 2, 3, 4, 5] } } };
    const copy = JSON.stringify({ levels, options });
    planToTarget(fw, levels, 300, options);
    expect(JSON.stringify({ levels, options })).toBe(copy);
  });
});

describe("planToTarget input errors", () => {
  const fw = tinyFramework([50, 30, 20]);
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return { code: (e as { code: string }).code, params: (e as { params: unknown }).params };
    }
    throw new Error("did not throw");
  };

  it("refuses a blank level, naming the indicator", () => {
    expect(code(() => planToTarget(fw, [100, null, 100], 200))).toMatchObject({ code: "LEVEL_BLANK", params: { indicator: 2 } });
  });

  it.each([
    ["a level with more than two decimals", [100, 100.5, 100], 200, {}, "LEVEL_OUT_OF_RANGE"],
    ["the wrong number of levels", [100, 100], 200, {}, "COUNT_MISMATCH"],
    ["a target above 5", [100, 100, 100], 501, {}, "TARGET_INVALID"],
    ["an unknown predikat", [100, 100, 100], "Istimewa", {}, "PREDIKAT_UNKNOWN"],
    ["a fractional maximum rise", [100, 100, 100], 200, { maxRise: 1.5 }, "PLAN_MAX_RISE_INVALID"],
    ["a maximum level of 6", [100, 100, 100], 200, { indicators: { 2: { maxLevel: 6 } } }, "PLAN_MAX_LEVEL_INVALID"],
    ["a negative effort", [100, 100, 100], 200, { indicators: { 3: { effort: -1 } } }, "PLAN_EFFORT_INVALID"],
    ["efforts for four levels instead of five", [100, 100, 100], 200, { indicators: { 3: { effort: [1, 1, 1, 1] } } }, "PLAN_EFFORT_INVALID"],
    ["options for an indicator that does not exist", [100, 100, 100], 200, { indicators: { 4: { locked: true } } }, "INDICATOR_UNKNOWN"],
  ] as const)("refuses %s", (_name, levels, target, options, expected) => {
    expect(code(() => planToTarget(fw, levels as unknown as number[], target, options as PlanOptions)).code).toBe(expected);
  });

  it("names the indicator whose option is wrong, in both languages", () => {
    try {
      planToTarget(fw, [100, 100, 100], 200, { indicators: { 3: { effort: -1 } } });
    } catch (e) {
      const err = e as { messageIn(l: "id" | "en"): string };
      expect(err.messageIn("id")).toContain("untuk indikator 3");
      expect(err.messageIn("en")).toContain("for indicator 3");
    }
    expect.assertions(2);
  });
});

describe("readTarget and targetGap", () => {
  it.each([
    [2.6, 260],
    ["2,45", 245],
    [" 2.63 ", 263],
    [4, 400],
  ] as const)("reads %p as %i hundredths", (value, expected) => {
    expect(readTarget(value, SPBE_59_2020)).toEqual({ hundredths: expected });
  });

  it("reads a predikat name as the band's lower bound, in Indonesian or English", () => {
    expect(readTarget("baik", SPBE_59_2020)).toMatchObject({ hundredths: 260, band: { predikat: "Baik" } });
    expect(readTarget("Excellent", PEMDI_8_2026).hundredths).toBe(400);
  });

  it.each([
    [2.605, "TARGET_INVALID"],
    [-1, "TARGET_INVALID"],
    ["-1", "TARGET_INVALID"],
    [5.5, "TARGET_INVALID"],
    [true, "TARGET_INVALID"],
    ["2,6,0", "PREDIKAT_UNKNOWN"],
    ["", "ARGUMENT_BLANK"],
  ] as const)("refuses %p with %s", (value, code) => {
    expect(() => readTarget(value, SPBE_59_2020)).toThrow(expect.objectContaining({ code }));
  });

  it("gives the index points missing, 0 when reached, under both practices", () => {
    const fine = tinyFramework([995, 5], 10);
    expect(ratioToNumber(targetGap(fine, [200, 100], 200))).toBe(0.005);
    expect(ratioToNumber(targetGap(fine, [200, 100], 200, "rounded"))).toBe(0);
    expect(ratioToNumber(targetGap(fine, [150, 100], 200, "rounded"))).toBeCloseTo(0.4975, 12);
    expect(ratioToNumber(targetGap(fine, [300, 300], 200))).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The solver alone
// ---------------------------------------------------------------------------------------------------------------

describe("solveCheapestSelection", () => {
  it("returns null when even every step falls short, and all zeros when nothing is needed", () => {
    const groups = [{ weight: 1, choices: [{ gain: 2, effort: 1 }] }];
    expect(solveCheapestSelection(groups, 3)).toBeNull();
    expect(solveCheapestSelection(groups, 0)).toEqual([0]);
  });

  it("keeps the table small by dividing gains by their gcd", () => {
    // 59/2020 step gains share 500; needing 3 200 000 means 6 400 table rows, not 3 200 001.
    const groups = [{ weight: 300, choices: [{ gain: 30000, effort: 1 }] }, { weight: 130, choices: [{ gain: 13000, effort: 1 }] }];
    expect(solveCheapestSelection(groups, 43000)).toEqual([1, 1]);
    expect(solveCheapestSelection(groups, 30000)).toEqual([1, 0]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// PermenPANRB 59/2020 and 8/2026, as Diskominfo teams state their targets
// ---------------------------------------------------------------------------------------------------------------

/** The least number of whole steps that reaches a gain: every step of an indicator adds the same, so take the biggest. */
function fewestSteps(fw: Framework, levels: number[], bound: number, maxRise = 5): number {
  const gains = fw.indicators.flatMap((ind, i) => Array.from({ length: Math.min(maxRise, 5 - levels[i] / 100) }, () => 100 * ind.weight)).sort((a, b) => b - a);
  let num = overallIndex(fw, levels).num;
  const needed = bound * 100 * fw.weightUnitsPerPercent;
  let steps = 0;
  while (num < needed) num += gains[steps++];
  return steps;
}

describe("PermenPANRB 59/2020 targets", () => {
  // Index 1,45: indicators 11-12 at 3, 13-20 and 42-46 at 2, the rest at 1.
  const at145 = hundredths(SPBE_59_2020.indicators.map((ind) => (ind.no <= 10 ? 1 : ind.no <= 12 ? 3 : ind.no <= 20 ? 2 : ind.no <= 41 ? 1 : ind.no <= 46 ? 2 : 1)));

  it("plans 'from 1,45 to 2,45' with the fewest steps, heaviest indicators first", () => {
    expect(ratioToNumber(overallIndex(SPBE_59_2020, at145))).toBe(1.45);
    const plan = planToTarget(SPBE_59_2020, at145, 245);
    expect(plan.status).toBe("planned");
    expect(ratioToNumber(plan.gap)).toBe(1);
    expect(ratioAtLeastHundredths(plan.projected.index, 245)).toBe(true);
    expect(plan.totalEffort).toBe(fewestSteps(SPBE_59_2020, at145, 245));
    // Fewest indicators: the 3,00 % indicators 42-47 go as high as they can.
    expect(plan.steps.filter((s) => s.indicator.weight === 300).every((s) => s.to === 500)).toBe(true);
    expect(describePlan(plan, "id")).toMatch(/^Naikkan \d+ indikator \(\d+ langkah, upaya \d+\): indeks 1,45 menjadi 2,\d\d \(Cukup\), target 2,45 tercapai\.$/);
  });

  it("plans 'from 1,45 to 2,45' at most +1 per indicator", () => {
    const plan = planToTarget(SPBE_59_2020, at145, 245, { maxRise: 1 });
    expect(plan.status).toBe("planned");
    expect(plan.steps.every((s) => s.steps === 1)).toBe(true);
    expect(plan.totalEffort).toBe(fewestSteps(SPBE_59_2020, at145, 245, 1));
  });

  it("plans 'reach Baik, 2,63' and 'reach Baik' (2,60)", () => {
    const boven = hundredths([2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 3, 3, 3]);
    const to263 = planToTarget(SPBE_59_2020, boven, 263);
    expect(to263.projected.band.predikat).toBe("Baik");
    expect(to263.projected.hundredths).toBeGreaterThanOrEqual(263);
    expect(to263.totalEffort).toBe(fewestSteps(SPBE_59_2020, boven, 263));
    const toBaik = planToTarget(SPBE_59_2020, boven, "Baik");
    expect(toBaik.target).toMatchObject({ hundredths: 260, band: { predikat: "Baik" } });
    expect(toBaik.projected.band.predikat).toBe("Baik");
    expect(toBaik.totalEffort).toBeLessThanOrEqual(to263.totalEffort);
  });

  it("Boven Digoel 2023 (exact 1,7995): Cukup already under the 2023 practice, one step away under 2024", () => {
    const boven = hundredths([2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 3, 3, 3]);
    expect(planToTarget(SPBE_59_2020, boven, "Cukup", { practice: "rounded" }).status).toBe("alreadyReached");
    const exact = planToTarget(SPBE_59_2020, boven, "Cukup");
    expect(exact.status).toBe("planned");
    expect(exact.totalEffort).toBe(1);
    // Fewest indicators and highest weight: one step of a 3,00 % indicator (42-47 that are not yet at 5).
    expect(changes(exact)).toEqual([[42, 5]]);
  });

  it("the benchmark case (all 1 to 4,20, at most +2) is unreachable: at best 3,00", () => {
    const plan = planToTarget(SPBE_59_2020, new Array<number>(47).fill(100), 420, { maxRise: 2 });
    expect(plan.status).toBe("unreachable");
    expect(plan.projected.hundredths).toBe(300);
    expect(plan.steps).toHaveLength(47);
    expect(plan.levels.every((l) => l === 300)).toBe(true);
  });

  it("plans all 1 to 4,20 with per-indicator effort, cheaper than raising by weight alone", () => {
    const effort = (no: number) => 1 + (no % 4) * 0.5;
    const indicators = Object.fromEntries(SPBE_59_2020.indicators.map((ind) => [ind.no, { effort: effort(ind.no) }]));
    const plan = planToTarget(SPBE_59_2020, new Array<number>(47).fill(100), 420, { indicators });
    expect(plan.status).toBe("planned");
    expect(ratioAtLeastHundredths(plan.projected.index, 420)).toBe(true);
    expect(plan.totalEffort).toBe(plan.steps.reduce((s, st) => s + st.steps * effort(st.indicator.no), 0));
  });
});

describe("PermenPANRB 8/2026 (Indeks Pemdi) targets", () => {
  const pemdi = hundredths([3, 3, 2, 2, 1, 1, 1, 1, 2, 2, 1, 2, 3, 3, 2, 2, 3, 1, 2, 2]);
  const external = { 5: { locked: true }, 6: { locked: true }, 7: { locked: true }, 18: { locked: true } };

  it("plans 'above 4,00' (Memuaskan, Unggul) with the externally supplied indicators locked", () => {
    const plan = planToTarget(PEMDI_8_2026, pemdi, "Memuaskan", { indicators: external });
    expect(plan.status).toBe("planned");
    expect(plan.projected.band.stage).toBe("Unggul");
    expect(ratioAtLeastHundredths(plan.projected.index, 400)).toBe(true);
    expect(plan.steps.map((s) => s.indicator.no)).not.toEqual(expect.arrayContaining([5]));
    for (const no of [5, 6, 7, 18]) expect(plan.levels[no - 1]).toBe(pemdi[no - 1]);
  });

  it("says how far Pemdi can get in one cycle at +1 per indicator", () => {
    const plan = planToTarget(PEMDI_8_2026, pemdi, 400, { maxRise: 1, indicators: external });
    expect(plan.status).toBe("unreachable");
    expect(describePlan(plan, "id")).toMatch(/^Target 4,00 tidak dapat dicapai dengan batasan ini: indeks tertinggi yang mungkin 2,\d\d/);
  });
});

describe("distanceToNextBand and largestPotentials", () => {
  const fw = SPBE_59_2020;
  it("gives the next band and the exact distance to it, rounded up for display, and nothing in the top band", () => {
    // Exact 3,4985 (Baik under the 2024 practice): 0,0015 to Sangat Baik (3,50), shown as 0,01.
    const d = distanceToNextBand(fw, { num: 34985, den: 10000 })!;
    expect(d.band.predikat).toBe("Sangat Baik");
    expect(d.gap.num / d.gap.den).toBeCloseTo(0.0015, 12);
    expect(ceilToHundredths(d.gap)).toBe(1);
    // Under the 2023 practice 3,4985 rounds to 3,50: already Sangat Baik, 0,7 to go to Memuaskan (4,20 - 0,005 - 3,4985).
    expect(distanceToNextBand(fw, { num: 34985, den: 10000 }, "rounded")!.band.predikat).toBe("Memuaskan");
    expect(distanceToNextBand(fw, { num: 45, den: 10 })).toBeUndefined();
    expect(ceilToHundredths({ num: 1, den: 10 })).toBe(10);
  });

  it("ranks the indicators by weight x room to rise, a blank counting as 0", () => {
    const levels: (number | null)[] = fw.indicators.map((ind) => (ind.no === 1 ? null : 500));
    levels[46] = 400;
    const top = largestPotentials(fw, levels, 5);
    expect(top.map((p) => p.indicator.no)).toEqual([1, 47]);
    expect(top[0].potential).toEqual({ num: 500 * fw.indicators[0].weight, den: 100 * 100 * fw.weightUnitsPerPercent });
  });
});

describe("readIndicatorCaps (the pane planner's highest level per indicator)", () => {
  const { getFramework: fw, readIndicatorCaps, planToTarget: plan, SpbeError: Err } = require("../../src/core") as typeof import("../../src/core");
  const spbe = fw("59/2020");

  it("reads number:level items, commas or semicolons between, the later of two caps winning", () => {
    expect(readIndicatorCaps("", spbe)).toEqual({});
    expect(readIndicatorCaps("12:3, 18 = 4; 12:2", spbe)).toEqual({ 12: 2, 18: 4 });
  });

  it("refuses an item that is not number:level, a level out of range, or an unknown indicator, naming it", () => {
    for (const bad of ["12", "12:6", "12:2.5", "x:3"]) {
      expect(() => readIndicatorCaps(bad, spbe)).toThrow(Err);
      try {
        readIndicatorCaps(bad, spbe);
      } catch (error) {
        expect((error as InstanceType<typeof Err>).code).toBe("INDICATOR_CAP_INVALID");
        expect((error as InstanceType<typeof Err>).messageIn("id")).toContain(`"${bad}"`);
      }
    }
    expect(() => readIndicatorCaps("48:3", spbe)).toThrow(/48/);
  });

  it("keeps a capped indicator at or under its cap in the plan", () => {
    const levels = spbe.indicators.map(() => 100);
    const capped = plan(spbe, levels, "Baik", { indicators: Object.fromEntries(spbe.indicators.map((i) => [i.no, { maxLevel: 2 }])) });
    expect(capped.steps.every((s) => s.to <= 200)).toBe(true);
    // Every indicator at most level 2 leaves Baik (2,60) out of reach: the best is 2,00.
    expect([capped.status, capped.projected.hundredths]).toEqual(["unreachable", 200]);
  });
});
