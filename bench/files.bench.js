/* eslint-env node */
/**
 * Files (issue 15): the peak memory of `spbe score` on files no template should be, read part by part
 * (src/xlsx/partialWorkbook.ts); goal under 300 MB each, where ExcelJS took gigabytes.
 * - score_peak_mb_huge_name: a filled 59/2020 template with one more defined name over a whole sheet
 *   ('Kertas Kerja'!$A$1:$XFD$1048576, 17 billion cells); ExcelJS expanded it cell by cell (4.4 GB, then a crash).
 * - score_peak_mb_1m_rows: the same template with 1,000,000 more rows of data below its table, on its own evaluation
 *   sheet, so the streamed sheet is the one read (ExcelJS: 1.4 GB, 15 s).
 * - merge_peak_mb_at_limit: `spbe merge` of a unit file just under the 12 MB of XML that merge and split load whole
 *   (src/xlsx/checkWorkbookBytes.ts): the bound keeps them under 300 MB too.
 * The fixtures are generated (not timed) from the built CLI's template, the rows written straight into the sheet's
 * XML; each score is a spawned built CLI with bench/peakRss.js preloaded, which prints its peak resident memory.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { performance } = require("perf_hooks");

const ROWS = 1_000_000;
const CLI = path.resolve(__dirname, "..", "dist", "cli", "spbe.js");

async function filledTemplate(dir) {
  const ExcelJS = require("exceljs");
  const cli = require(CLI);
  const base = path.join(dir, "base.xlsx");
  await cli.template(cli.parseArgv(["template", "--framework", "59/2020", "--out", base]).options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(base);
  const range = workbook.definedNames.getRanges("SPBE_LEVELS").ranges[0];
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(range);
  const sheet = workbook.getWorksheet(m[1]);
  for (let row = Number(m[3]); row <= Number(m[4]); row++) sheet.getCell(`${m[2]}${row}`).value = 1 + (row % 5);
  const filled = path.join(dir, "filled.xlsx");
  await workbook.xlsx.writeFile(filled);
  return { file: filled, sheetIndex: workbook.worksheets.indexOf(sheet) + 1 };
}

/** `file` rewritten by `edit(zip)`, saved as `out`. */
async function rewritten(file, out, edit) {
  const JSZip = require("jszip");
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  await edit(zip);
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

/** The built CLI run with `args`, spawned: its stdout, peak memory (MB) and seconds. */
function spawnPeak(args, label) {
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", path.join(__dirname, "peakRss.js"), CLI, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  const seconds = (performance.now() - start) / 1000;
  const peak = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  if (run.status !== 0 || !peak) throw new Error(`spbe ${args[0]} ${label} failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return { stdout: run.stdout, mb: Number((Number(peak[1]) / 1024).toFixed(0)), seconds };
}

function scorePeak(file, log, label) {
  const { stdout, mb, seconds } = spawnPeak(["score", file, "--json"], label);
  log(`spbe score, ${label}: index ${JSON.parse(stdout).rounded}, peak ${mb} MB, ${seconds.toFixed(1)} s (spawned)`);
  return mb;
}

/** Rows of two cells each from row 1001 on: `count` of them, or as many as fit in `bytes` characters. */
function extraRows(count, bytes = Infinity) {
  const rows = [];
  let length = 0;
  for (let r = 1001; r < 1001 + count; r++) {
    const row = `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>baris ${r}</t></is></c></row>`;
    length += row.length;
    if (length > bytes) break;
    rows.push(row);
  }
  return rows.join("");
}

function mergePeak(coordinator, unit, out, log) {
  const { stdout, mb, seconds } = spawnPeak(["merge", coordinator, unit, "--out", out, "--json"], "unit file at the 12 MB limit");
  log(`spbe merge, a unit file at the 12 MB limit: ${JSON.parse(stdout).merged.length} merged, peak ${mb} MB, ${seconds.toFixed(1)} s (spawned)`);
  return mb;
}

async function run(log) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-bench-files-"));
  try {
    const { file, sheetIndex } = await filledTemplate(dir);
    const hugeName = await rewritten(file, path.join(dir, "nama-besar.xlsx"), async (zip) => {
      const xml = await zip.file("xl/workbook.xml").async("string");
      zip.file("xl/workbook.xml", xml.replace("</definedNames>", `<definedName name="SemuaSel">'Kertas Kerja'!$A$1:$XFD$1048576</definedName></definedNames>`));
    });
    const manyRows = await rewritten(file, path.join(dir, "sejuta-baris.xlsx"), async (zip) => {
      const part = `xl/worksheets/sheet${sheetIndex}.xml`;
      const xml = await zip.file(part).async("string");
      zip.file(part, xml.replace(/<dimension ref="[^"]*"\/>/, "").replace("</sheetData>", `${extraRows(ROWS)}</sheetData>`));
    });
    // merge loads a unit file whole (ExcelJS) to carry its links: the largest one it accepts (12 MB of XML parts).
    const atLimit = await rewritten(file, path.join(dir, "unit-batas.xlsx"), async (zip) => {
      const part = `xl/worksheets/sheet${sheetIndex}.xml`;
      const xml = await zip.file(part).async("string");
      let others = 0;
      for (const [name, entry] of Object.entries(zip.files)) if (name !== part && /\.(xml|rels|vml)$/.test(name)) others += (await entry.async("string")).length;
      const rows = extraRows(Infinity, 11.5e6 - others - xml.length);
      zip.file(part, xml.replace(/<dimension ref="[^"]*"\/>/, "").replace("</sheetData>", `${rows}</sheetData>`));
    });
    log(`fixtures: ${(fs.statSync(hugeName).size / 1024).toFixed(0)} KB with a whole-sheet name; ${(fs.statSync(manyRows).size / 1e6).toFixed(1)} MB with ${ROWS.toLocaleString("en")} more rows (not timed)`);
    return {
      score_peak_mb_huge_name: scorePeak(hugeName, log, "template with a whole-sheet defined name"),
      score_peak_mb_1m_rows: scorePeak(manyRows, log, `template with ${ROWS.toLocaleString("en")} more rows`),
      merge_peak_mb_at_limit: mergePeak(file, atLimit, path.join(dir, "gabung.xlsx"), log),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
