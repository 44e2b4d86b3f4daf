/* eslint-env node */
/**
 * A small static server for dist/ (the built add-in), over https with the development certificates, or over
 * http when asked (tests). Sends CORS headers because Excel loads functions.json from the add-in's origin.
 */
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Starts serving `root`; resolves with the listening server. `tls` null serves plain http. */
function serveStatic({ root, port, host = "localhost", tls }) {
  const handler = (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.normalize(path.join(root, urlPath === "/" ? "taskpane.html" : urlPath));
    if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("Not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-cache",
    });
    fs.createReadStream(file).pipe(res);
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert, ca: tls.ca }, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serveStatic };
