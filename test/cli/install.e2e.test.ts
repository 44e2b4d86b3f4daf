/**
 * `spbe` installed the way a coordinator installs it: the package packed (`npm pack`, dist/cli already built by
 * `npm test`'s build step; scripts off, so nothing is rebuilt under the other tests' feet), installed globally into a
 * temporary prefix, and run from a folder outside the repository. Its dependencies come from npm's cache where it has
 * them (`--prefer-offline`): after `npm install` it does.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { ROOT, tempDir } from "./helpers";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

describe("spbe installed globally", () => {
  let bin: string;
  let work: string;
  beforeAll(() => {
    const pack = tempDir("spbe-pack-");
    execFileSync(npm, ["pack", "--ignore-scripts", "--pack-destination", pack], { cwd: ROOT, stdio: "pipe" });
    const tarball = path.join(pack, readdirSync(pack).find((f) => f.endsWith(".tgz"))!);
    const prefix = tempDir("spbe-global-");
    execFileSync(npm, ["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { stdio: "pipe" });
    bin = path.join(prefix, process.platform === "win32" ? "spbe.cmd" : "bin/spbe");
    work = tempDir("spbe-outside-");
  }, 180000);

  it("writes and scores a template from a folder outside the repository, as the README shows", () => {
    expect(existsSync(bin)).toBe(true);
    const out = path.join(work, "kertas-kerja.xlsx");
    const template = spawnSync(bin, ["template", "--framework", "59/2020", "--out", out, "--instansi", "Pemerintah Kab. Contoh", "--year", "2025"], { cwd: work, encoding: "utf8" });
    expect([template.status, template.stderr]).toEqual([0, expect.stringContaining("47 indikator")]);
    expect(existsSync(out)).toBe(true);
    // Blank levels: the documented exit 1 with the sentence that names the cells.
    const score = spawnSync(bin, ["score", out], { cwd: work, encoding: "utf8" });
    expect([score.status, score.stderr]).toEqual([1, expect.stringContaining("47 indikator belum diisi")]);
    const help = spawnSync(bin, ["help"], { cwd: work, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("spbe template");
  });

  it("ships only the command: no sources, tests or task pane in the package", () => {
    const listing = execFileSync(npm, ["pack", "--ignore-scripts", "--dry-run", "--json"], { cwd: ROOT, encoding: "utf8" });
    const files = (JSON.parse(listing) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
    expect(files).toEqual(expect.arrayContaining(["bin/spbe.js", "dist/cli/spbe.js", "package.json"]));
    expect(files.filter((f) => /^(src|test|bench|scripts)\//.test(f) || f === "dist/taskpane.js")).toEqual([]);
  });
});
