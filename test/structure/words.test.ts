/**
 * One place for each word: user-facing text lives in the glossary and the catalogues, and it uses the glossary's
 * words. The scan is simple on purpose: string literals of three or more words in code outside the catalogues are
 * prose someone will translate or reword in one place and forget in another.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.join(__dirname, "../../src");

/** Where words live: the glossary, the catalogues of each surface, and the framework data (official names). */
const CATALOGUES = [
  /^core\/(messages|glossary|frameworkText|planText)\.ts$/,
  /^core\/frameworks\/[\w-]+\.ts$/,
  /^template\/(labels|messages)(\/\w+)?\.ts$/,
  /^units\/(labels|messages)\.ts$/,
  /^functions\/messages\.ts$/,
  /^xlsx\/messages\.ts$/,
  /^cli\/(messages|help|labels)(\/\w+)?\.ts$/,
  /^cli\/commands\/table(\/\w+)?\.ts$/,
  /^taskpane\/strings\/\w+\.ts$/,
  /^taskpane\/functionReference\.ts$/,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({ rel: path.relative(SRC, file).split(path.sep).join("/"), text: fs.readFileSync(file, "utf8") }));
const isCatalogue = (rel: string) => CATALOGUES.some((c) => c.test(rel));

/** Code without comments (JSDoc and // notes are for engineers). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** String literals that read as prose: three words or more once interpolations are taken out. */
function proseLiterals(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`|'((?:[^'\\\n]|\\.)*)'/g)) {
    const literal = m[1] ?? m[2] ?? m[3] ?? "";
    const before = code.slice(Math.max(0, m.index! - 12), m.index);
    // Messages of internal defects (new Error, super in an Error class) are for engineers, in English.
    if (/(new \w*Error\(|super\()\s*$/.test(before)) continue;
    if (/[A-Za-z]{2,}[ ,.:]+[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(literal.replace(/\$\{[^}]*\}/g, "").replace(/\b\w+\.xlsx\b/gi, ""))) found.push(literal.slice(0, 70));
  }
  return found;
}

describe("words", () => {
  it("no user-facing prose lives outside the glossary and the catalogues", () => {
    const outside = files.filter((f) => !isCatalogue(f.rel)).flatMap((f) => proseLiterals(f.text).map((l) => `${f.rel}: ${l}`));
    expect(outside).toEqual([]);
  });

  it("the scan finds prose when there is some (it can fail)", () => {
    expect(proseLiterals('const x = "Isi tingkat setiap indikator";')).toHaveLength(1);
    expect(proseLiterals('throw new Error("internal: no sheet here at all");')).toHaveLength(0);
  });

  // The glossary chose one word; the others must not come back (src/core/glossary.ts says why).
  it.each([
    ["eksak", /\beksak\b/i],
    ["tidak sah", /\btidak sah\b/i],
    ["templat (KBBI form)", /\btemplat\b/i],
    ["indeks yang dibulatkan", /indeks yang dibulatkan/i],
  ])("no catalogue says %s", (_word, pattern) => {
    const hits = files.filter((f) => isCatalogue(f.rel) || f.rel.startsWith("template/")).filter((f) => pattern.test(withoutComments(f.text))).map((f) => f.rel);
    expect(hits).toEqual([]);
  });

  it("no text re-types a framework fact: counts of indicators and year ranges come from the framework data", () => {
    const retyped = /\b(47|35|20) (indikator|indicators|sel|cells)\b|\b20(18|21|26)-20(20|25|100)\b|\b2100\b/;
    const hits = files
      .filter((f) => !f.rel.startsWith("core/frameworks/") && f.rel !== "core/frameworkText.ts")
      .filter((f) => retyped.test(withoutComments(f.text)))
      .map((f) => f.rel);
    expect(hits).toEqual([]);
  });
});
