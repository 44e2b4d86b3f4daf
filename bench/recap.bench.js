/* eslint-env node */
/**
 * Units (issue 6): recap_600_s, the time to recap 600 filled templates (about the number of evaluated governments
 * in Indonesia) with `spbe recap DIR --out REKAP.xlsx --json`.
 *
 * The 600 files are generated once, outside the timing: one 59/2020 template written by the built CLI's `template`
 * command, then filled with different (deterministic, pseudo-random) levels through ExcelJS and saved 600 times.
 * The recap is measured IN-PROCESS through the built CLI's exports: dist/cli/spbe.js is required, its parser turns
 * the command line into options and its `recap` command function reads every file (one at a time; only the scores
 * are kept), ranks them and writes REKAP.xlsx, exactly as the spawned command does; the JSON is built as well. Node's
 * start-up and the first load of ExcelJS are outside the figure. The resident memory after the run is logged.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");
// Deterministic, so every run recaps the same files.
const { seededRandom: random } = require("../scripts/seeded-random");

const FILES = 600;

async function generate(cli, dir, log) {
  const ExcelJS = require("exceljs");
  const base = path.join(dir, "base.xlsx");
  await cli.template(cli.parseArgv(["template", "--framework", "59/2020", "--out", base]).options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(base);
  fs.rmSync(base);
  // The level cells, through the defined name (never a position).
  const range = workbook.definedNames.getRanges("SPBE_LEVELS").ranges[0];
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range);
  const sheet = workbook.getWorksheet(m[1]);
  const instansi = workbook.definedNames.getRanges("SPBE_INSTANSI").ranges[0].split("!")[1].replace(/\$/g, "");
  const next = random(2026);
  const start = performance.now();
  const dataDir = path.join(dir, "wilayah");
  fs.mkdirSync(dataDir);
  for (let k = 0; k < FILES; k++) {
    for (let row = Number(m[3]); row <= Number(m[4]); row++) {
      // Mostly whole levels 1-5, some half levels, a few 0 ("not met").
      const whole = 1 + Math.floor(next() * 5);
      const u = next();
      sheet.getCell(`${m[2]}${row}`).value = u < 0.05 ? 0 : u < 0.15 && whole < 5 ? whole + 0.5 : whole;
    }
    sheet.getCell(instansi).value = `Pemerintah Daerah ${k + 1}`;
    await workbook.xlsx.writeFile(path.join(dataDir, `wilayah-${String(k + 1).padStart(3, "0")}.xlsx`));
  }
  log(`generated ${FILES} filled 59/2020 templates in ${((performance.now() - start) / 1000).toFixed(1)} s (not timed)`);
  return dataDir;
}

async function run(log) {
  const cli = require(path.resolve(__dirname, "..", "dist", "cli", "spbe.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-bench-recap-"));
  try {
    const dataDir = await generate(cli, dir, log);
    const out = path.join(dir, "rekap.xlsx");
    const invocation = cli.parseArgv(["recap", dataDir, "--out", out, "--json"]);
    const start = performance.now();
    const result = await cli.recap(invocation.options);
    const json = JSON.stringify(cli.recapJson(result, "id"));
    const seconds = (performance.now() - start) / 1000;
    const rss = process.memoryUsage().rss / 1024 / 1024;
    const ranked = result.ranking.rows;
    log(
      `spbe recap of ${FILES} files (in-process command function): ${seconds.toFixed(1)} s, ${(seconds * 1000 / FILES).toFixed(0)} ms per file; ` +
        `${ranked.length} ranked, ${result.ranking.failed.length} failed; best ${ranked[0].file} ${JSON.parse(json).rows[0].rounded}; ` +
        `resident memory after the run ${rss.toFixed(0)} MB`,
    );
    if (ranked.length !== FILES) throw new Error(`Only ${ranked.length} of ${FILES} files were ranked`);
    return { recap_600_s: Number(seconds.toFixed(1)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
