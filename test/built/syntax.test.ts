/**
 * The oldest webview the manifest admits must read every file the web build ships: the syntax baseline
 * (WEB_SYNTAX in webpack.config.js, with the reasons) checked on dist/*.js with es-check, a maintained checker that
 * parses each file at that ECMAScript version and looks for newer built-ins. `npm test` builds dist/ first.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_SYNTAX } = require("../../webpack.config.js") as { WEB_SYNTAX: string };
const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const ES_CHECK = path.join(root, "node_modules/es-check/lib/cli/index.js");

/**
 * Built-ins newer than the syntax baseline that the check lets through, each for a reason:
 * - WeakRef (ES2021): Fluent UI's focus management (tabster, keyborg) uses it; Safari 14.1 and Chromium 84 have it,
 *   so the Mac baseline is Safari 14.1 (macOS 10.14.6 and later get it).
 * - ArrayFindLast: not Array.prototype.findLast (Safari 15.4), but tabster's own method of that name, which the
 *   checker cannot tell apart; our code calls no Array.prototype.findLast (checked below on the sources).
 */
const ALLOWED_BUILT_INS = ["WeakRef", "ArrayFindLast"];

function esCheck(files: readonly string[]) {
  const run = spawnSync(process.execPath, [ES_CHECK, WEB_SYNTAX, ...files, "--checkFeatures", "--ignore", ALLOWED_BUILT_INS.join(",")], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("syntax of the shipped files", () => {
  it("every file of dist/ that a webview loads parses as the baseline", () => {
    const files = fs.readdirSync(dist).filter((f) => f.endsWith(".js")).map((f) => path.join(dist, f));
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "unit-workbook.js", "template-writer.js"]));
    const result = esCheck(files);
    expect([result.status, result.output]).toEqual([0, expect.stringContaining("passed")]);
  }, 60000);

  it("the check refuses syntax the baseline does not have (class static blocks, ??=)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-syntax-"));
    const file = path.join(dir, "newer.js");
    fs.writeFileSync(file, "var a; a ??= 1; class B { static { a = 2; } }\n");
    const result = esCheck([file]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("erroring file");
  });

  it("our own code calls no built-in newer than the baseline that the check lets through", () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const using = sources(path.join(root, "src")).filter((f) => /\.findLast(Index)?\(|\bnew WeakRef\(/.test(fs.readFileSync(f, "utf8")));
    expect(using.map((f) => path.relative(root, f))).toEqual([]);
  });
});
