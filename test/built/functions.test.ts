/**
 * The shipped dist/functions.js, loaded as the custom-functions runtime loads it (only a CustomFunctions global),
 * against the regulation's worked examples, the published results and every kind of bad input.
 * `npm test` builds dist/ before Jest runs.
 */
import fs from "fs";
import path from "path";
import { practiceOfYear, vectors } from "../fixtures/vectors";
import { excelErrorOf } from "../helpers/errors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadFunctionsBundle } = require("../../scripts/load-functions-bundle.js");

const dist = path.resolve(__dirname, "../../dist");
const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: { id: string; name: string; parameters: { name: string }[] }[] };
const { registered, shown } = loadFunctionsBundle(dist) as { registered: Map<string, (...args: unknown[]) => unknown>; shown: Map<string, (...args: unknown[]) => unknown> };

type Fn = (...args: unknown[]) => unknown;
const fn = (id: string): Fn => {
  const f = shown.get(id);
  if (!f) throw new Error(`${id} is not registered`);
  return f;
};
const column = (levels: unknown[]) => levels.map((l) => [l]);
const row = (levels: unknown[]) => [levels];
const addresses = (first: string) => ({ parameterAddresses: [first] });

/** Calls a function and returns the Excel error it throws as { code, message }. */
function excelError(id: string, ...args: unknown[]): { code: string; message: string } {
  return excelErrorOf(id, () => fn(id)(...args));
}

const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;

describe("the built functions bundle", () => {
  it("registers exactly the ids listed in functions.json", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(registered.size).toBeGreaterThanOrEqual(11);
  });

  it("returns a matrix from every function that reads parameter addresses: INDEX gives [[index]], one cell's value", () => {
    const asking = metadata.functions.filter((f) => (f as { options?: { requiresParameterAddresses?: boolean } }).options?.requiresParameterAddresses);
    expect(asking.map((f) => f.id)).toEqual(expect.arrayContaining(["INDEX", "DOMAIN", "ASPECT", "PROGRESS", "MISSING", "GAP"]));
    expect(registered.get("INDEX")!(column(kominfo.levels), "59/2020", true, null, addresses("Sheet1!E6:E52"))).toEqual([[4.75]]);
    expect(registered.get("MISSING")!(column(kominfo.levels), "59/2020", null, addresses("Sheet1!E6:E52"))).toEqual([[""]]);
  });

  it("has Indonesian metadata with the same ids and parameters", () => {
    const id = JSON.parse(fs.readFileSync(path.join(dist, "functions-id.json"), "utf8")) as typeof metadata;
    expect(id.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
    expect(id.functions.find((f) => f.id === "INDEX")?.name).toBe("INDEKS");
  });

  it("loads without DOM, Office or network globals", () => {
    const source = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    expect(source).not.toMatch(/\bOffice\.context\b|\bfetch\(|XMLHttpRequest|document\./);
  });
});

describe("SPBE.INDEX", () => {
  it.each(vectors.spbe_59_2020_published.map((c) => [`${c.year} ${c.instansi}`, c] as const))("reproduces %s", (_n, c) => {
    expect(fn("INDEX")(column(c.levels), null, null, null, {})).toBe(c.exact_index);
    expect(fn("INDEX")(column(c.levels), null, true, null, {})).toBe(c.published_index);
    expect(fn("INDEX")(column(c.levels), 2024, true, null, {})).toBe(c.published_index);
  });

  it("rounds 4,745 half-up to 4,75 (float arithmetic gives 4,74)", () => {
    expect(fn("INDEX")(column(kominfo.levels), "59/2020", true, null, {})).toBe(4.75);
  });

  it("accepts a row as well as a column, and works without invocation details", () => {
    expect(fn("INDEX")(row(kominfo.levels), null, false)).toBe(4.745);
  });

  it.each(vectors.spbe_59_2020_synthetic.map((c, i) => [i, c] as const))("computes synthetic 59/2020 case %i", (_i, c) => {
    expect(fn("INDEX")(column(c.levels), null, true, null, {})).toBe(c.expected_index);
  });

  it.each(vectors.pemdi_8_2026_synthetic.map((c, i) => [i, c] as const))("computes Pemdi case %i from 20 cells", (_i, c) => {
    expect(fn("INDEX")(column(c.levels), null, true, null, {})).toBe(c.expected_index);
    expect(fn("INDEX")(column(c.levels), "8/2026", true, null, {})).toBe(c.expected_index);
  });

  it("computes 5/2018 from 35 cells", () => {
    expect(fn("INDEX")(column(new Array(35).fill(2)), null, true, null, {})).toBe(2);
  });
});

describe("the regulation's worked examples (PermenPANRB 59/2020, Lampiran Bab II), through the bundle", () => {
  // Levels matching Tabel 10-12: A2 = 3,4,3,2 (Tabel 10); A3 = 4 and A4 = 3 (Tabel 11); D1 3,7, D3 3,0, D4 3,2 (Tabel 12).
  const levels = [
    4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 4, 3, 2, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2,
  ];

  it("Tabel 10: aspect A2 is 3,00; Tabel 11: domain D2 is 3,40", () => {
    expect(fn("ASPECT")(column(levels), "A2", null, null, null, {})).toBe(3);
    expect(fn("DOMAIN")(column(levels), 2, null, null, null, {})).toBe(3.4);
  });

  it("Tabel 12: domains 3,7 / 3,4 / 3,0 / 3,2 give 3,282, shown 3,28, Baik", () => {
    expect([1, 2, 3, 4].map((d) => fn("DOMAIN")(column(levels), d, null, null, null, {}))).toEqual([3.7, 3.4, 3, 3.2]);
    expect(fn("INDEX")(column(levels), null, null, null, {})).toBe(3.282);
    expect(fn("INDEX")(column(levels), null, true, null, {})).toBe(3.28);
    expect(fn("CATEGORY")(fn("INDEX")(column(levels), null, null, null, {}), null, null)).toBe("Baik");
  });
});

describe("SPBE.INDEX with bad input", () => {
  const levels = () => [...kominfo.levels] as unknown[];

  it.each([
    ["text", "3", "#VALUE!", "Indikator 6 (sel Sheet1!F15) berisi teks atau nilai bukan angka \"3\""],
    ["a boolean", true, "#VALUE!", "Indikator 6 (sel Sheet1!F15) berisi teks atau nilai bukan angka BENAR (TRUE)"],
    ["a negative", -1, "#VALUE!", "Indikator 6 (sel Sheet1!F15) bernilai -1, di luar rentang"],
    ["a value above 5", 7, "#VALUE!", "Indikator 6 (sel Sheet1!F15) bernilai 7, di luar rentang"],
    ["three decimals", 3.125, "#VALUE!", "Indikator 6 (sel Sheet1!F15) bernilai 3,125, lebih dari dua desimal"],
    ["an error value", { code: "#DIV/0!" }, "#VALUE!", "Indikator 6 (sel Sheet1!F15) berisi galat #DIV/0!"],
    ["a blank", "", "#N/A", "Indikator 6 (sel Sheet1!F15) belum diisi"],
    ["a null blank", null, "#N/A", "Indikator 6 (sel Sheet1!F15) belum diisi"],
  ])("refuses %s in indicator 6, naming the cell", (_what, value, code, message) => {
    const cells = levels();
    cells[5] = value;
    const error = excelError("INDEX", column(cells), null, null, null, addresses("Sheet1!F10:F56"));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it("names the cell of a row range", () => {
    const cells = levels();
    cells[27] = 9;
    expect(excelError("INDEX", row(cells), null, null, null, addresses("'Kertas Kerja'!$C$5:$AW$5")).message).toContain("Indikator 28 (sel 'Kertas Kerja'!AD5)");
  });

  it("says how many cells are expected", () => {
    expect(excelError("INDEX", column(kominfo.levels.slice(0, 46)), "59/2020", null, null, {}).message).toBe(
      "Rentang berisi 46 sel, padahal kerangka 59/2020 memiliki 47 indikator. Pilih tepat 47 sel, satu per indikator, berurutan.",
    );
    expect(excelError("INDEX", column(kominfo.levels.slice(0, 46)), null, null, null, {}).code).toBe("#VALUE!");
  });

  it("refuses a 2-D block with its size", () => {
    expect(excelError("INDEX", [[1, 2], [3, 4]], null, null, null, {}).message).toContain("2 baris x 2 kolom");
  });

  it.each([["an unknown framework", "60/2020"], ["a year before 2018", 2017]])("refuses %s", (_w, framework) => {
    expect(excelError("INDEX", column(kominfo.levels), framework, null, null, {}).message).toContain("tidak dikenal");
  });

  it("refuses a non-boolean rounded flag", () => {
    expect(excelError("INDEX", column(kominfo.levels), null, "ya", null, {}).message).toContain("Argumen rounded");
  });
});

describe("SPBE.CATEGORY", () => {
  it.each(vectors.spbe_59_2020_published.map((c) => [`${c.year} ${c.instansi}`, c] as const))(
    "gives the published predikat of %s under that year's practice",
    (_n, c) => {
      const input = practiceOfYear(c.year) === "exact" ? fn("INDEX")(column(c.levels), null, false, null, {}) : fn("INDEX")(column(c.levels), null, true, null, {});
      expect(fn("CATEGORY")(input, null, null)).toBe(c.published_predikat);
    },
  );

  it.each([
    [4.2, null, null, "Memuaskan"], [4.0, "8/2026", null, "Memuaskan"], [4.0, null, null, "Sangat Baik"], [2.6, null, "en", "Good"],
    [0.95, "8/2026", null, "Belum Terindikasi"], [1.8, 2023, null, "Cukup"],
  ])("CATEGORY(%p, %p, %p) = %s", (x, framework, lang, expected) => {
    expect(fn("CATEGORY")(x, framework, lang)).toBe(expected);
  });

  it.each([["Baik", "#VALUE!"], [6, "#VALUE!"], ["", "#N/A"]])("refuses %p with %s", (x, code) => {
    expect(excelError("CATEGORY", x, null, null).code).toBe(code);
  });
});

describe("SPBE.DOMAIN, SPBE.ASPECT and SPBE.SCORES", () => {
  it.each(vectors.spbe_59_2020_published.map((c) => [`${c.year} ${c.instansi}`, c] as const))("give the published domains of %s", (_n, c) => {
    expect([1, 2, 3, 4].map((d) => fn("DOMAIN")(column(c.levels), d, null, true, null, {}))).toEqual(c.published_domains);
  });

  it("gives Pemdi aspects and refuses Pemdi domains", () => {
    const c = vectors.pemdi_8_2026_synthetic[2];
    expect(Object.keys(c.expected_aspects!).map((a) => fn("ASPECT")(column(c.levels), a, null, true, null, {}))).toEqual(Object.values(c.expected_aspects!));
    expect(excelError("DOMAIN", column(c.levels), 1, null, null, null, {}).message).toMatch(/tidak memiliki domain, hanya aspek\. Gunakan SPBE\.ASPECT \(ASPEK\)\.$/);
  });

  it("refuses an unknown aspect, listing the allowed ones", () => {
    expect(excelError("ASPECT", column(kominfo.levels), "A9", null, null, null, {}).message).toBe(
      'Aspek "A9" tidak ada dalam kerangka 59/2020. Yang diizinkan: A1-A8 (atau/or 1-8).',
    );
  });

  it("spills every aspect, domain, the index and both predikat, by name", () => {
    const table = fn("SCORES")(column(kominfo.levels), null, null, null, {}) as unknown[][];
    const byCode = new Map(table.map((r) => [`${r[0]}|${r[1]}`, r]));
    expect(table[0]).toEqual(["Jenis", "Kode", "Nama", "Bobot (%)", "Nilai", "Nilai (2 desimal)"]);
    expect(byCode.get("Domain|D3")).toEqual(["Domain", "D3", "Manajemen SPBE", 16.5, 38 / 11, 3.45]);
    expect(byCode.get("Indeks|")).toEqual(["Indeks", "", "Indeks SPBE", 100, 4.745, 4.75]);
    expect(table.find((r) => String(r[0]).includes("praktik 2024"))?.[4]).toBe("Memuaskan");
    expect(table.every((r) => r.length === 6)).toBe(true);
  });
});

describe("lookups: WEIGHT, INDICATOR, LEVELNAME, THRESHOLD", () => {
  it.each([[1, null, 1.3], [42, null, 3], [35, "59/2020", 2.75], [20, "8/2026", 15], [32, "5/2018", 10 / 3]])(
    "WEIGHT(%p, %p) = %p", (no, framework, weight) => {
      expect(fn("WEIGHT")(no, framework)).toBe(weight);
    },
  );

  it("INDICATOR gives the official name", () => {
    expect(fn("INDICATOR")(29, null, null)).toBe("Pelaksanaan Audit Infrastruktur SPBE");
    expect(fn("INDICATOR")(20, 2026, null)).toBe("Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah");
    expect(excelError("INDICATOR", 48, null, null).message).toContain("nomor 1 sampai 47");
  });

  it("LEVELNAME names 8/2026 levels Merintis ... Unggul, and a continuous 2026 value by its band", () => {
    expect([1, 2, 3, 4, 5].map((l) => fn("LEVELNAME")(l, 3, "8/2026", null))).toEqual(["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"]);
    expect(fn("LEVELNAME")(2.26, 3, "8/2026", null)).toBe("Membangun");
    expect(fn("LEVELNAME")("1,26", 3, "8/2026", "en")).toBe("Initiate");
    expect(fn("LEVELNAME")(4.2, 3, 2026, "en")).toBe("Leading");
  });

  it("LEVELNAME uses the process scale for 1-31 and the service scale for 32-47", () => {
    expect(fn("LEVELNAME")(3, 31, null, null)).toBe("Terdefinisi");
    expect(fn("LEVELNAME")(3, 32, null, null)).toBe("Transaksi");
    expect(excelError("LEVELNAME", 2.5, 1, null, null).code).toBe("#VALUE!");
  });

  it("THRESHOLD gives a band's lower bound per framework", () => {
    expect(fn("THRESHOLD")("Baik", null)).toBe(2.6);
    expect(fn("THRESHOLD")("Baik", "8/2026")).toBe(2.5);
    expect(fn("THRESHOLD")("Memuaskan", 2026)).toBe(4);
    expect(excelError("THRESHOLD", "Hebat", null).message).toContain("Memuaskan, Sangat Baik, Baik, Cukup, Kurang");
  });
});

describe("SPBE.PROGRESS and SPBE.MISSING on a partly filled range", () => {
  const partly = [...kominfo.levels] as unknown[];
  partly[2] = null;
  partly[16] = "";
  partly[41] = null;

  it("count the filled share and list the blanks", () => {
    expect(fn("PROGRESS")(column(partly), null, null, {})).toBeCloseTo(44 / 47, 12);
    expect(fn("MISSING")(column(partly), null, null, {})).toBe("3, 17, 42");
    expect(fn("MISSING")(column(kominfo.levels), null, null, {})).toBe("");
  });

  it("still refuse invalid filled cells", () => {
    const bad = [...partly];
    bad[0] = 8;
    expect(excelError("PROGRESS", column(bad), null, null, {}).message).toContain("Indikator 1");
  });
});
