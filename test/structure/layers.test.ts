/**
 * The layers of src/README.md, enforced: each folder of src/ imports only the layers below it, and the core never
 * touches an Office global, so the engine runs the same in Excel, in the CLI and in these tests.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.join(__dirname, "../../src");

const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  template: ["core"],
  functions: ["core"],
  xlsx: ["core", "template"],
  units: ["core", "template", "xlsx"],
  excel: ["core", "template", "units"],
  taskpane: ["core", "template", "excel", "units"],
  cli: ["core", "template", "xlsx", "units"],
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Code without comments, so a comment that mentions Excel.run is not taken for a call. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

const files = sourceFiles(SRC).map((file) => ({ file, layer: path.relative(SRC, file).split(path.sep)[0], text: fs.readFileSync(file, "utf8") }));

describe("layers", () => {
  it("every folder of src/ has its rule", () => {
    const layers = new Set(files.map((f) => f.layer).filter((l) => !/\.tsx?$/.test(l)));
    expect([...layers].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it.each(Object.keys(MAY_IMPORT))("src/%s imports only the layers below it", (layer) => {
    const wrong: string[] = [];
    for (const f of files.filter((x) => x.layer === layer)) {
      for (const m of f.text.matchAll(/(?:from|import)\s+"(\.[^"]+)"/g)) {
        const target = path.relative(SRC, path.resolve(path.dirname(f.file), m[1])).split(path.sep)[0];
        // The custom functions' Indonesian metadata is data the pane shows and writes by (SPBE.INDEKS): its one
        // place is src/functions/functions.id.json, which the layers above may read; never the functions' code.
        const metadata = target === "functions" && m[1].endsWith("/functions.id.json") && (layer === "excel" || layer === "taskpane");
        if (target in MAY_IMPORT && target !== layer && !MAY_IMPORT[layer].includes(target) && !metadata) wrong.push(`${path.relative(SRC, f.file)} -> ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("src/core uses no Office global and no Node module", () => {
    const wrong = files
      .filter((f) => f.layer === "core")
      .filter((f) => /\b(Excel|Office|CustomFunctions)\.\w/.test(code(f.text)) || /from\s+"(node:|fs"|path")/.test(f.text))
      .map((f) => path.relative(SRC, f.file));
    expect(wrong).toEqual([]);
  });
});
