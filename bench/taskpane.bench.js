/* eslint-env node */
/**
 * Task pane figures (after `npm run build`):
 * - taskpane_js_gzip_kb: every script taskpane.html loads from dist/ (functions.js and taskpane.js, plus its inline
 *   script), gzipped at level 9, in KB (1024 bytes). office.js comes from Microsoft's CDN and is not counted.
 *   Goal: under 300.
 * - taskpane_first_render_ms: headless Chromium, from navigation start to the summary's index being visible,
 *   against the in-memory fake host with a filled 59/2020 template; median of 5 page loads.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const harness = require("../test/e2e/browserHarness.js");
const { templateWorkbook } = require("../test/e2e/templateWorkbook.js");
const vectors = require("../test/fixtures/test-vectors.json");

const RUNS = 5;

function scriptsOf(html) {
  const external = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  return { local: external.filter((src) => !/^https?:/i.test(src)), inline };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run(log) {
  const html = fs.readFileSync(path.join(harness.DIST, "taskpane.html"), "utf8");
  const { local, inline } = scriptsOf(html);
  let bytes = 0;
  for (const src of local) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(harness.DIST, src)), { level: 9 }).length;
    log(`${src}: ${(gz / 1024).toFixed(1)} KB gzipped`);
    bytes += gz;
  }
  for (const code of inline) bytes += zlib.gzipSync(Buffer.from(code), { level: 9 }).length;
  const taskpane_js_gzip_kb = Math.round((bytes / 1024) * 10) / 10;

  const v = vectors.spbe_59_2020_published.find((p) => p.exact_index === 4.745);
  const officeBody = harness.fakeOfficeScript(templateWorkbook([{ sheet: "Penilaian 2024", levels: v.levels, targets: v.levels, year: 2024 }]));
  const server = await harness.serveDist();
  const browser = await harness.launchChromium();
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 340, height: 900 } });
      await harness.routeOffice(page, officeBody);
      // Watches from the first byte of the document: the moment the index is laid out, on performance.now()'s
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
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => window.__summaryVisibleAt !== undefined, undefined, { timeout: 30000 });
      const ms = await page.evaluate(() => window.__summaryVisibleAt);
      times.push(ms);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  log(`first render runs (ms): ${times.map((t) => t.toFixed(0)).join(", ")}`);
  return { taskpane_js_gzip_kb, taskpane_first_render_ms: Math.round(median(times)) };
}

module.exports = { run };
