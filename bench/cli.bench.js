/* eslint-env node */
/**
 * Command line (issue 3): cli_template_ms, the median time to write a 59/2020 template file.
 *
 * Measured IN-PROCESS through the built CLI's exports: dist/cli/spbe.js is required (it runs as a program only
 * when it is the script node was started with), its own parser turns
 * `spbe template --framework 59/2020 --out FILE --force` into options, and its `template` command function renders
 * the template with ExcelJS and writes the file, exactly as `spbe template` does. Node's start-up and the first
 * load of ExcelJS (about a second) are outside the figure; one spawned run of the real command is logged for
 * comparison.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");

const WARM_UP = 2;
const RUNS = 11;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function run(log) {
  const bundle = path.resolve(__dirname, "..", "dist", "cli", "spbe.js");
  const cli = require(bundle);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spbe-bench-cli-"));
  const out = path.join(dir, "kertas-kerja.xlsx");
  try {
    const invocation = cli.parseArgv(["template", "--framework", "59/2020", "--out", out, "--force"]);
    const times = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const start = performance.now();
      await cli.template(invocation.options);
      if (i >= WARM_UP) times.push(performance.now() - start);
    }
    const ms = median(times);
    const bytes = fs.statSync(out).size;
    log(`spbe template --framework 59/2020 (in-process command function): median ${ms.toFixed(1)} ms over ${RUNS} runs, ${bytes} bytes`);

    const start = performance.now();
    execFileSync(process.execPath, [bundle, "template", "--framework", "59/2020", "--out", out, "--force"], { stdio: "pipe" });
    log(`one spawned \`node dist/cli/spbe.js template\` (with node start-up and ExcelJS load): ${(performance.now() - start).toFixed(0)} ms`);
    return { cli_template_ms: Number(ms.toFixed(1)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
