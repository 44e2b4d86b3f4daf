/* eslint-env node */
/**
 * Custom functions: the median time of one SPBE.INDEX call on 47 levels through the built dist/functions.js
 * (goal: under 5 microseconds), and the size of that file as shipped and gzipped (goals: under 70 KB and 25 KB; it
 * loads when a workbook opens, and a web server sends it compressed).
 */
const fs = require("fs");
const zlib = require("zlib");
const path = require("path");
const { performance } = require("perf_hooks");
const { loadFunctionsBundle } = require("../scripts/load-functions-bundle.js");

const BATCHES = 200;
const CALLS_PER_BATCH = 2000;

/** Median microseconds of one call over BATCHES batches, after a JIT warm-up; `call(rounded)` alternates its flag. */
function medianMicroseconds(call) {
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += call(null);
  const perCall = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_BATCH; i++) sink += call(i % 2 === 0);
    perCall.push(((performance.now() - start) * 1000) / CALLS_PER_BATCH);
  }
  perCall.sort((a, b) => a - b);
  return { median: perCall[Math.floor(perCall.length / 2)], sink };
}

async function run(log) {
  const dist = path.resolve(__dirname, "..", "dist");
  // Same realm as the caller, as in Excel's runtime (see the loader for why the isolated context is not timed).
  const { registered } = loadFunctionsBundle(dist, { realm: "current" });
  const index = registered.get("INDEX");
  // A realistic range as Excel hands it over: one column of 47 cells, with the range's address.
  // INDEX returns a 1x1 matrix (it reads parameter addresses: src/functions/cells.ts, oneCell); [0][0] is the value.
  const levels = Array.from({ length: 47 }, (_, i) => [1 + (i % 5)]);
  const invocation = { parameterAddresses: ["'Kertas Kerja'!$F$12:$F$58"] };
  const { median, sink } = medianMicroseconds((rounded) => index(levels, null, rounded, null, invocation)[0][0]);
  log(`SPBE.INDEX on 47 levels: median ${median.toFixed(3)} us per call over ${BATCHES} batches of ${CALLS_PER_BATCH} (checksum ${sink.toFixed(2)})`);
  const keyed = keyedIndexMedian(index, log);
  const source = fs.readFileSync(path.join(dist, "functions.js"));
  const gzipped = zlib.gzipSync(source, { level: 9 }).length;
  log(`dist/functions.js: ${source.length} bytes, ${gzipped} gzipped`);
  return {
    index_call_us: Number(median.toFixed(3)),
    index_keyed_call_us: Number(keyed.toFixed(3)),
    functions_js_kb: Number((source.length / 1024).toFixed(1)),
    functions_js_gzip_kb: Number((gzipped / 1024).toFixed(1)),
  };
}

/**
 * SPBE.INDEX with `indicators` over an analyst's own table (issue 10; goal: at most twice index_call_us): 60 rows,
 * a title, a header, domain and aspect headings, keys written "Indikator n : ...", "IK-n" or n, shuffled by a
 * fixed permutation, and a TOTAL row.
 */
function keyedIndexMedian(index, log) {
  const rows = [["Rekap Penilaian Mandiri SPBE", null], ["No", "Tingkat"]];
  for (let d = 1; d <= 4; d++) rows.push([`Domain ${d}`, null]);
  for (let a = 1; a <= 6; a++) rows.push([`Aspek ${a}`, null]);
  const styles = [(n) => `Indikator ${n} : nama indikator`, (n) => `IK-${n}`, (n) => n];
  const indicatorRows = Array.from({ length: 47 }, (_, i) => [styles[i % 3](i + 1), 1 + (i % 5)]);
  for (let i = 0; i < indicatorRows.length; i++) {
    const j = (i * 31 + 7) % indicatorRows.length; // a fixed shuffle
    [indicatorRows[i], indicatorRows[j]] = [indicatorRows[j], indicatorRows[i]];
  }
  rows.push(...indicatorRows, ["TOTAL", null]);
  const keys = rows.map((r) => [r[0]]);
  const levels = rows.map((r) => [r[1]]);
  const invocation = { parameterAddresses: ["'Rekap'!$E$3:$E$62", null, null, "'Rekap'!$B$3:$B$62"] };
  const { median, sink } = medianMicroseconds((rounded) => index(levels, null, rounded, keys, invocation)[0][0]);
  log(`SPBE.INDEX with indicators on a ${rows.length}-row table: median ${median.toFixed(3)} us per call (checksum ${sink.toFixed(2)})`);
  return median;
}

module.exports = { run };
