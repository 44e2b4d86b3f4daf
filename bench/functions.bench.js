/* eslint-env node */
/**
 * Custom functions: the median time of one SPBE.INDEX call on 47 levels through the built dist/functions.js
 * (goal: under 5 microseconds), and the size of that file (goal: under 60 KB; it loads when a workbook opens).
 */
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");
const { loadFunctionsBundle } = require("../scripts/load-functions-bundle.js");

const BATCHES = 200;
const CALLS_PER_BATCH = 2000;

async function run(log) {
  const dist = path.resolve(__dirname, "..", "dist");
  // Same realm as the caller, as in Excel's runtime (see the loader for why the isolated context is not timed).
  const { registered } = loadFunctionsBundle(dist, { realm: "current" });
  const index = registered.get("INDEX");
  // A realistic range as Excel hands it over: one column of 47 cells, with the range's address.
  const levels = Array.from({ length: 47 }, (_, i) => [1 + (i % 5)]);
  const invocation = { parameterAddresses: ["'Kertas Kerja'!$F$12:$F$58"] };
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += index(levels, null, null, null, invocation); // warm-up for the JIT
  const perCall = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_BATCH; i++) sink += index(levels, null, i % 2 === 0, null, invocation);
    perCall.push(((performance.now() - start) * 1000) / CALLS_PER_BATCH);
  }
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(perCall.length / 2)];
  log(`SPBE.INDEX on 47 levels: median ${median.toFixed(3)} us per call over ${BATCHES} batches of ${CALLS_PER_BATCH} (checksum ${sink.toFixed(2)})`);
  const bytes = fs.statSync(path.join(dist, "functions.js")).size;
  log(`dist/functions.js: ${bytes} bytes`);
  return { index_call_us: Number(median.toFixed(3)), functions_js_kb: Number((bytes / 1024).toFixed(1)) };
}

module.exports = { run };
