/* eslint-env node */
/**
 * Target planner (issue 5): the median time of one SPBE.PLAN call through the built dist/functions.js.
 *
 * - plan_ms: the issue's case. A 59/2020 template with every indicator at 1, target 4,20, a different effort per
 *   indicator and at most +2 per indicator (goal: under 50 ms). At +2 the best reachable index is 3,00, so the
 *   answer is "unreachable" with the best plan, found without the knapsack table.
 * - plan_reachable_ms: the same without the +2 limit, so the full knapsack runs (47 indicators, 6 400 states).
 * - plan_decimal_ms: as plan_reachable_ms, with every third level at 1,37: decimal levels shrink the common
 *   divisor of the gains and so enlarge the table (the slowest realistic case; goal: under 50 ms).
 * - plan_decimal_pemdi_ms: Indeks Pemdi from 2026-style continuous values to 3,50 (goal: under 50 ms).
 */
const path = require("path");
const { performance } = require("perf_hooks");
const { loadFunctionsBundle } = require("../scripts/load-functions-bundle.js");

const RUNS = 15;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of one call, after one warm-up call; also returns the last result. */
function time(fn, runs) {
  let result = fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    ms.push(performance.now() - start);
  }
  return { ms: median(ms), result };
}

async function run(log) {
  const dist = path.resolve(__dirname, "..", "dist");
  const { registered } = loadFunctionsBundle(dist, { realm: "current" });
  const plan = registered.get("PLAN");
  if (!plan) throw new Error("dist/functions.js does not register PLAN: run npm run build");
  const column = (values) => values.map((v) => [v]);
  const allOnes = column(new Array(47).fill(1));
  const decimal = column(Array.from({ length: 47 }, (_, i) => (i % 3 === 0 ? 1.37 : 1)));
  // Efforts 1, 1.5, 2, 2.5 in turn: a per-indicator effort column as a template would hold it.
  const effort = column(Array.from({ length: 47 }, (_, i) => 1 + ((i + 1) % 4) * 0.5));
  const invocation = { parameterAddresses: ["'Kertas Kerja'!$F$12:$F$58"] };
  const summary = (table) => table[table.length - 1][1];

  const issueCase = time(() => plan(allOnes, 4.2, "59/2020", 2, effort, null, null, invocation), RUNS);
  log(`all 1 -> 4,20, per-indicator effort, max +2: median ${issueCase.ms.toFixed(2)} ms; ${summary(issueCase.result)}`);
  const reachable = time(() => plan(allOnes, 4.2, "59/2020", null, effort, null, null, invocation), RUNS);
  log(`all 1 -> 4,20, per-indicator effort, no limit: median ${reachable.ms.toFixed(2)} ms; ${summary(reachable.result)}`);
  const decimals = time(() => plan(decimal, 4.2, "59/2020", null, effort, null, null, invocation), RUNS);
  log(`as above, every third level 1,37: median ${decimals.ms.toFixed(2)} ms; ${summary(decimals.result)}`);

  // Indeks Pemdi with 2026-style continuous values (1,26 1,50 1,17 1,30 2,00 2,50 ...) to Sangat Baik (3,50).
  const pemdiValues = column(Array.from({ length: 20 }, (_, i) => [1.26, 1.5, 1.17, 1.3, 2, 2.5, 1][i % 7]));
  const pemdi = time(() => plan(pemdiValues, 3.5, "8/2026", null, null, null, null, invocation), RUNS);
  log(`Pemdi, 2026-style values -> 3,50: median ${pemdi.ms.toFixed(2)} ms; ${summary(pemdi.result)}`);

  return {
    plan_ms: Number(issueCase.ms.toFixed(2)),
    plan_decimal_pemdi_ms: Number(pemdi.ms.toFixed(2)),
    plan_reachable_ms: Number(reachable.ms.toFixed(2)),
    plan_decimal_ms: Number(decimals.ms.toFixed(2)),
  };
}

module.exports = { run };
