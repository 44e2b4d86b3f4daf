/* eslint-env node */
/**
 * Task pane figures (after `npm run build`):
 * - taskpane_js_gzip_kb: every script taskpane.html loads from dist/ (taskpane.js, which also registers the custom
 *   functions, plus its inline script), gzipped at level 9, in KB (1024 bytes). office.js comes from Microsoft's CDN
 *   and is not counted; nor are the chunks loaded on a user's action (views, template-writer, unit-workbook).
 *   Goal: under 300.
 * - taskpane_first_render_ms: headless Chromium, from navigation start to the summary's index being visible,
 *   against the in-memory fake host with a filled 59/2020 template; median of 9 page loads.
 * - minimal_pane_js_gzip_kb, minimal_pane_first_render_ms: the same two figures, in the same run, for a minimal
 *   React + Fluent UI v9 pane (bench/minimalPane: Button, Field, Dropdown, Table; the same versions and build),
 *   its page loads interleaved with the real pane's so both share the machine's noise.
 * - taskpane_size_ratio, taskpane_render_ratio: the real pane's figures over the minimal pane's. Goal: 1.25 or less.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const harness = require("../test/e2e/browserHarness.js");
const { templateWorkbook } = require("../test/e2e/templateWorkbook.js");
const vectors = require("../test/fixtures/test-vectors.json");
const { build: buildMinimalPane } = require("./minimalPane/build.js");
const os = require("os");

const RUNS = 9;

function scriptsOf(html) {
  const external = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  return { local: external.filter((src) => !/^https?:/i.test(src)), inline };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Every script a page loads from its folder (office.js from the CDN not counted), gzipped at level 9, in KB. */
function pageScriptsKb(dir, log) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const { local, inline } = scriptsOf(html);
  let bytes = 0;
  for (const src of local) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(dir, src)), { level: 9 }).length;
    log(`${path.basename(dir)}/${src}: ${(gz / 1024).toFixed(1)} KB gzipped`);
    bytes += gz;
  }
  for (const code of inline) bytes += zlib.gzipSync(Buffer.from(code), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

/** Milliseconds from navigation start to [data-testid=index-rounded] being laid out, in a fresh page. */
async function firstRender(browser, url, officeBody) {
  const page = await browser.newPage({ viewport: { width: 340, height: 900 } });
  try {
    await harness.routeOffice(page, officeBody);
    // Watches from the first byte of the document: the moment the element is laid out, on performance.now()'s
    // clock, which starts at navigation start.
    await page.addInitScript(() => {
      const seen = () => {
        const el = document.querySelector("[data-testid=index-rounded]");
        if (el && el.getBoundingClientRect().height > 0 && window.__summaryVisibleAt === undefined) {
          window.__summaryVisibleAt = performance.now();
        }
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${url}/taskpane.html`);
    await page.waitForFunction(() => window.__summaryVisibleAt !== undefined, undefined, { timeout: 30000 });
    return await page.evaluate(() => window.__summaryVisibleAt);
  } finally {
    await page.close();
  }
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100;

async function run(log) {
  const minimalDir = path.join(os.tmpdir(), `spbe-minimal-pane-${process.pid}`);
  await buildMinimalPane(minimalDir);
  const taskpane_js_gzip_kb = pageScriptsKb(harness.DIST, log);
  const minimal_pane_js_gzip_kb = pageScriptsKb(minimalDir, log);

  const v = vectors.spbe_59_2020_published.find((p) => p.exact_index === 4.745);
  const officeBody = harness.fakeOfficeScript(templateWorkbook([{ sheet: "Penilaian 2024", levels: v.levels, targets: v.levels, year: 2024 }]));
  const server = await harness.serveDist();
  const minimalServer = await harness.serveDist(minimalDir);
  const browser = await harness.launchChromium();
  const times = [];
  const minimalTimes = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      times.push(await firstRender(browser, server.url, officeBody));
      minimalTimes.push(await firstRender(browser, minimalServer.url, officeBody));
    }
  } finally {
    await browser.close();
    await server.close();
    await minimalServer.close();
    fs.rmSync(minimalDir, { recursive: true, force: true });
  }
  log(`first render runs (ms): ${times.map((t) => t.toFixed(0)).join(", ")}; minimal pane: ${minimalTimes.map((t) => t.toFixed(0)).join(", ")}`);
  const taskpane_first_render_ms = Math.round(median(times));
  const minimal_pane_first_render_ms = Math.round(median(minimalTimes));
  return {
    taskpane_js_gzip_kb,
    taskpane_first_render_ms,
    minimal_pane_js_gzip_kb,
    minimal_pane_first_render_ms,
    taskpane_size_ratio: ratio(taskpane_js_gzip_kb, minimal_pane_js_gzip_kb),
    taskpane_render_ratio: ratio(taskpane_first_render_ms, minimal_pane_first_render_ms),
  };
}

module.exports = { run };
