/**
 * `npm start` on this platform: serves the built add-in and, with no desktop Excel (Linux), prints how to
 * sideload into Excel on the web. --check stops after verifying every served file; --http avoids certificates.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");

describe("npm start (scripts/start.js)", () => {
  it("serves every file the manifest needs and prints the sideloading steps", () => {
    const run = spawnSync(process.execPath, ["scripts/start.js", "--no-build", "--check", "--http", "--port", "0"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/All add-in files are served at http:\/\/localhost:\d+/);
    if (process.platform === "linux") {
      expect(run.stdout).toContain("Upload My Add-in");
      expect(run.stdout).toContain(path.join(root, "manifest.xml"));
    }
  });

});

describe("the static server behind npm start (scripts/serve.js)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serveStatic } = require("../../scripts/serve.js");
  let server: import("http").Server;
  let base: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-serve-"));
  fs.writeFileSync(path.join(dir, "functions.json"), "{}");

  beforeAll(async () => {
    server = await serveStatic({ root: dir, port: 0, tls: null });
    base = `http://localhost:${(server.address() as import("net").AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const get = (rawPath: string) =>
    new Promise<{ status: number; cors: string | undefined }>((resolve, reject) => {
      http.get(`${base}${rawPath}`, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, cors: res.headers["access-control-allow-origin"] as string | undefined });
      }).on("error", reject);
    });

  it("serves a built file with CORS (Excel fetches functions.json cross-origin)", async () => {
    expect(await get("/functions.json")).toEqual({ status: 200, cors: "*" });
  });

  it("answers 404 for a missing file and for paths outside its folder", async () => {
    expect((await get("/functions.js")).status).toBe(404);
    expect((await get("/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });
});
