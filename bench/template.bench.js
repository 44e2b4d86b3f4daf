/* eslint-env node */
/**
 * template_syncs: context.sync() calls the Excel rendering of a 59/2020 template uses (insertTemplate against the
 * recording fake of the Excel API in test/fakes).
 *
 * insertTemplate is not part of any built bundle on its own, so this module compiles the TypeScript it needs on
 * the fly: a require hook for .ts files under this repository that runs TypeScript's transpileModule (the
 * project's own compiler, already a dev dependency; type checking stays with `tsc --noEmit`). No build step, no
 * extra dependency, and the figure comes from the same source the tests exercise.
 */
const path = require("path");
const fs = require("fs");

const ROOT = path.resolve(__dirname, "..");

function registerTypeScript() {
  if (require.extensions[".ts"]) return;
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    if (!filename.startsWith(ROOT + path.sep) || filename.includes(`${path.sep}node_modules${path.sep}`)) {
      throw new Error(`template.bench: refusing to compile ${filename}`);
    }
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
        isolatedModules: true,
      },
    });
    module._compile(outputText, filename);
  };
}

async function run(log) {
  registerTypeScript();
  const { createFakeExcel } = require(path.join(ROOT, "test/fakes/fakeExcel.ts"));
  const { insertTemplate } = require(path.join(ROOT, "src/excel/insertTemplate.ts"));
  const fake = createFakeExcel();
  const previous = globalThis.Excel;
  globalThis.Excel = fake.Excel;
  try {
    const started = process.hrtime.bigint();
    const result = await insertTemplate({ framework: "59/2020", language: "id" });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log(`59/2020 template into the fake workbook: ${result.sheetNames.join(", ")}; ${fake.workbook.writes.length} writes queued, ${ms.toFixed(1)} ms`);
    return { template_syncs: result.syncs };
  } finally {
    globalThis.Excel = previous;
  }
}

module.exports = { run };
