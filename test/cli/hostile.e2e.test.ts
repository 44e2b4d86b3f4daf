/**
 * Hostile and unusual files thrown at the built `spbe`: each run ends with a sentence that says what the file is
 * and what to do, the documented exit code, no input changed and no output lost. Every file is generated here.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { makeTemplate, saveWorkbook } from "../units/fixtures";
import { runBuiltCli, tempDir } from "./helpers";

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A filled 59/2020 template with PIC cells, saved as `name` in `dir`. */
async function template(dir: string, name = "kertas-kerja.xlsx"): Promise<string> {
  const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, (i % 5) + 1]));
  return saveWorkbook(await makeTemplate("59/2020", { levels, pic: { 1: "Bappeda", 2: "Inspektorat" } }), path.join(dir, name));
}

/** `file` with extra definedName elements added to its workbook.xml, as another tool might leave them. */
async function withNames(file: string, out: string, names: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace("</definedNames>", `${names}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

/** A zip that unpacks to 121 MB of zeros (about 120 KB packed). */
async function bomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", "0".repeat(120_000_000));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** `zip` whose central directory says that `entry` unpacks to `size` bytes. */
function claimingSize(zip: Buffer, entry: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const header = Buffer.from([0x50, 0x4b, 0x01, 0x02]); // a central directory file header
  for (let at = out.indexOf(header); at >= 0; at = out.indexOf(header, at + 4)) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString("latin1", at + 46, at + 46 + nameLength) === entry) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`no central directory entry ${entry}`);
}

const HUGE_NAMES =
  `<definedName name="SemuaSel">'Kertas Kerja'!$A$1:$XFD$1048576</definedName>` +
  `<definedName name="Geser">OFFSET('Kertas Kerja'!$A$1,0,0,5,1)</definedName>`;

describe("hostile files", () => {
  let dir: string;
  let good: string;
  beforeAll(async () => {
    dir = tempDir("spbe-hostile-");
    good = await template(dir);
  });

  it("a foreign name over a whole sheet no longer takes minutes and gigabytes: the template is scored at once", async () => {
    const file = await withNames(good, path.join(dir, "nama-besar.xlsx"), HUGE_NAMES);
    const before = hash(file);
    const result = await runBuiltCli(["score", file, "--json"]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).framework).toBe("59/2020");
    expect(hash(file)).toBe(before);
  });

  it("merge keeps the foreign names of the coordinator's template, as written, in its new file", async () => {
    const coordinator = await withNames(good, path.join(dir, "koordinator.xlsx"), HUGE_NAMES);
    const out = path.join(dir, "gabung.xlsx");
    const result = await runBuiltCli(["merge", coordinator, good, "--out", out]);
    expect(result.stderr).not.toMatch(/galat internal|internal error/i);
    expect(existsSync(out)).toBe(true);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("xl/workbook.xml")!.async("string");
    expect(xml).toContain(`name="SemuaSel"`);
    expect(xml).toContain("$A$1:$XFD$1048576");
    expect(xml).toContain("OFFSET(");
  });

  it("a SPBE_LEVELS defined as a formula is named, with its formula, as a broken name", async () => {
    const zip = await JSZip.loadAsync(readFileSync(good));
    const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(
      /<definedName name="SPBE_LEVELS">[^<]*<\/definedName>/,
      `<definedName name="SPBE_LEVELS">OFFSET('Kertas Kerja'!$F$9,0,0,47,1)</definedName>`,
    );
    zip.file("xl/workbook.xml", xml);
    const file = path.join(dir, "levels-offset.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await runBuiltCli(["score", file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("Nama SPBE_LEVELS menunjuk ke \"OFFSET('Kertas Kerja'!$F$9,0,0,47,1)\"");
  });

  it.each<[string, () => Buffer | Promise<Buffer>, RegExp]>([
    ["kosong.xlsx", () => Buffer.alloc(0), /kosong \(0 bita\)/],
    ["data.csv", () => Buffer.from("No;Indikator;Tingkat\n1;Kebijakan;3\n"), /berkas teks \(mis\. \.csv\).*simpan sebagai \.xlsx/],
    ["lama.xls", () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /Excel 97-2003 \(\.xls\)/],
    ["terpotong.xlsx", () => readFileSync(good).subarray(0, 3000), /rusak: isinya tidak dapat dibaca/],
    ["lembar.ods", async () => {
      const zip = new JSZip();
      zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
      zip.file("content.xml", "<office:document-content/>");
      return zip.generateAsync({ type: "nodebuffer" });
    }, /OpenDocument \(\.ods\)/],
    // Read part by part, score holds a file of any size in bounded memory; a zip claiming gigabytes is still refused
    // before anything is unpacked (the claim is forged in the zip's directory: nothing that large is made).
    ["bom.xlsx", async () => claimingSize(await bomb(), "xl/worksheets/sheet1.xml", 0xf000_0000), /terlalu besar untuk dibaca dengan aman: 4027 MB setelah dibuka, batasnya 1000 MB/],
  ])("%s: exit 1 with a sentence that names the file and says what to do", async (name, bytes, message) => {
    const file = path.join(dir, name);
    writeFileSync(file, await bytes());
    const result = await runBuiltCli(["score", file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(`"${file}"`);
    expect(result.stderr).not.toMatch(/https?:|is this a zip|Cannot set properties|Invalid string length/);
  }, 30000);

  it("recap ranks the good files and names each unusable one, writing its output", async () => {
    const csv = path.join(dir, "rekap-data.csv");
    writeFileSync(csv, "a,b\n");
    const out = path.join(dir, "rekap.xlsx");
    const result = await runBuiltCli(["recap", good, csv, "--out", out]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/rekap-data\.csv" adalah berkas teks.*Berkas ini dilewati/);
    expect(existsSync(out)).toBe(true);
  });

  it("two runs writing one --out: one writes, the other is refused and the first file is kept", async () => {
    const out = path.join(dir, "balapan.xlsx");
    const runs = await Promise.all([0, 1, 2, 3].map(() => runBuiltCli(["template", "--framework", "59/2020", "--out", out])));
    const codes = runs.map((r) => r.exitCode).sort();
    expect(codes).toEqual([0, 2, 2, 2]);
    for (const refused of runs.filter((r) => r.exitCode === 2)) expect(refused.stderr).toContain(out);
    expect((await runBuiltCli(["score", out])).stderr).toContain("47 indikator belum diisi");
  }, 60000);

  it("split, which loads the whole workbook to write it back, refuses a zip bomb at its lower limit", async () => {
    const file = path.join(dir, "bom-split.xlsx");
    writeFileSync(file, await bomb());
    const result = await runBuiltCli(["split", file, "--out", path.join(dir, "bom-unit")]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/terlalu besar untuk dibaca dengan aman: 121 MB setelah dibuka, batasnya 100 MB/);
    expect(result.stderr).toContain(`"${file}"`);
  }, 30000);

  it("merge and split, which load the whole workbook, refuse more than 12 MB of sheets with a sentence; merge goes on with the other files", async () => {
    // The evaluation sheet's size is forged in the zip's directory (20 MB): nothing that large is made.
    const zip = await JSZip.loadAsync(readFileSync(good));
    const sheet = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    const large = path.join(dir, "besar.xlsx");
    writeFileSync(large, claimingSize(readFileSync(good), sheet, 20_000_000));
    const before = hash(large);
    const refused = /Berkas "[^"]*besar\.xlsx" terlalu besar untuk dimuat utuh dan ditulis ulang dengan aman: lembar-lembarnya 2\d MB setelah dibuka, batasnya 12 MB\./;

    const split = await runBuiltCli(["split", large, "--out", path.join(dir, "besar-unit")]);
    expect(split.exitCode).toBe(1);
    expect(split.stderr).toMatch(refused);
    expect(existsSync(path.join(dir, "besar-unit"))).toBe(false);

    const other = await template(dir, "unit-lain.xlsx");
    const out = path.join(dir, "besar-gabung.xlsx");
    const merge = await runBuiltCli(["merge", good, large, other, "--out", out, "--json"]);
    expect(merge.exitCode).toBe(1);
    expect(merge.stderr).toMatch(refused);
    expect(JSON.parse(merge.stdout).merged).toEqual([other]);
    expect(existsSync(out)).toBe(true);
    expect(hash(large)).toBe(before);
  }, 60000);

  it("a workbook with no sheet at all is not a template and has no table, said so", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
    const file = path.join(dir, "tanpa-lembar.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await runBuiltCli(["score", file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`"${file}"`);
    expect(result.stderr).toMatch(/tidak ditemukan|bukan template/i);
    expect(result.stderr).not.toMatch(/galat internal|internal error|undefined|lembar ""/i);
  });

  it("split into a folder that cannot be made returns at once with the folder named", async () => {
    if (!existsSync("/proc/self")) return; // Linux only: /proc is where recursive mkdir never returned.
    const result = await runBuiltCli(["split", good, "--out", "/proc/spbe-x/unit"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("/proc/spbe-x/unit");
  }, 30000);
});


describe("names that are there twice, or half there", () => {
  it.each<[string, (xml: string) => string, RegExp]>([
    [
      "SPBE_LEVELS twice",
      (xml) => xml.replace("</definedNames>", `<definedName name="SPBE_LEVELS">'Kertas Kerja'!$G$9:$G$55</definedName></definedNames>`),
      /Nama SPBE_LEVELS didefinisikan lebih dari sekali.*\$F\$9:\$F\$55; 'Kertas Kerja'!\$G\$9:\$G\$55/,
    ],
    [
      "SPBE_LEVELS deleted",
      (xml) => xml.replace(/<definedName name="SPBE_LEVELS">[^<]*<\/definedName>/, ""),
      /Nama SPBE_LEVELS menunjuk ke "\(tidak ada \/ missing\)"/,
    ],
  ])("%s: the message names that one name", async (_case, edit, message) => {
    const dir = tempDir("spbe-names-");
    const source = await template(dir);
    const zip = await JSZip.loadAsync(readFileSync(source));
    zip.file("xl/workbook.xml", edit(await zip.file("xl/workbook.xml")!.async("string")));
    const file = path.join(dir, "nama.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await runBuiltCli(["score", file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
