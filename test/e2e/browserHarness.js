/* eslint-disable */
/**
 * Shared by the browser test (test/e2e/taskpane.e2e.test.ts) and the bench (bench/taskpane.bench.js): serve the
 * built dist/ on 127.0.0.1 (random port), start the Debian Chromium through playwright-core, and answer the
 * office.js CDN request with the in-memory fake host (fakeOfficeHost.js) set up for a given workbook.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const DIST = path.resolve(__dirname, "../../dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

/** Serves `dir` read-only on 127.0.0.1 at a random port. */
function serveDist(dir = DIST) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

function launchChromium() {
  const { chromium } = require("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}

/** The body served in place of office.js: the fake host installed on window with `config`. */
function fakeOfficeScript(config, extra = "") {
  const fake = fs.readFileSync(path.join(__dirname, "fakeOfficeHost.js"), "utf8");
  return `${fake}\n;installFakeOffice(window, ${JSON.stringify(config)});\n${extra}`;
}

/**
 * Routes every request leaving 127.0.0.1: office.js gets `officeBody` (or a network failure when it is null,
 * as when the CDN is unreachable); anything else is refused, so the test never touches the network.
 */
async function routeOffice(page, officeBody) {
  // Playwright tries the most recently registered route first: the catch-all goes in first.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort("blockedbyclient"));
  await page.route(OFFICE_JS, (route) =>
    officeBody === null ? route.abort("internetdisconnected") : route.fulfill({ status: 200, contentType: "application/javascript", body: officeBody }),
  );
}

module.exports = { DIST, OFFICE_JS, serveDist, launchChromium, fakeOfficeScript, routeOffice };
