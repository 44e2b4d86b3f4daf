/* eslint-env node */
/**
 * `npm run bench`: runs every bench/*.bench.js (after `npm run build`), prints each figure as it comes, and ends
 * with one line holding a JSON object of all figures. Each module exports `async function run(log)` that returns
 * an object of named figures; `log` prints a human-readable line.
 */
const fs = require("fs");
const path = require("path");

async function main() {
  const figures = {};
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".bench.js")).sort();
  for (const file of files) {
    const log = (line) => process.stdout.write(`[${file.replace(".bench.js", "")}] ${line}\n`);
    const result = await require(path.join(__dirname, file)).run(log);
    for (const [key, value] of Object.entries(result)) {
      log(`${key} = ${value}`);
      figures[key] = value;
    }
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
