/**
 * Guards on the task pane's structure (issue 11, "one place for each fact"): no source file over 350 lines, one
 * reader of the workbook's templates, and heading and figure typography only in textStyles.ts.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "../../src/taskpane");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const files = sources(root).map((file) => ({ name: path.relative(root, file), text: fs.readFileSync(file, "utf8") }));

describe("task pane sources", () => {
  it.each(files.map((f) => [f.name, f.text] as const))("%s is at most 350 lines", (_name, text) => {
    expect(text.split("\n").length).toBeLessThanOrEqual(350);
  });

  it("read the templates in one place (TemplatesProvider in App)", () => {
    const callers = files.filter((f) => /\buseTemplates\(/.test(f.text) && f.name !== "useTemplates.ts").map((f) => f.name);
    expect(callers).toEqual(["templatesContext.tsx"]);
    expect(files.filter((f) => f.text.includes("<TemplatesProvider")).map((f) => f.name)).toEqual([path.join("components", "App.tsx")]);
  });

  it("take heading and figure sizes from textStyles.ts only", () => {
    const copies = files
      .filter((f) => f.name !== path.join("components", "textStyles.ts"))
      .filter((f) => /fontSize(Base[4-6]00|Hero\d+)/.test(f.text))
      .map((f) => f.name);
    expect(copies).toEqual([]);
  });

  it("style every heading with the shared title, heading or subheading", () => {
    const headings = files.flatMap((f) => [...f.text.matchAll(/<h[1-6]\b[^>]*>/g)].map((m) => `${f.name}: ${m[0]}`));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => !/className=\{(mergeClasses\()?text\.(title|heading|subheading)\b/.test(h))).toEqual([]);
  });
});
