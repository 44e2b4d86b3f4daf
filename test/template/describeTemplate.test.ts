/** The shape of the declarative template: names, sheets, formulas allowed in every engine, limits of Excel. */
import { getFramework, levelName, type FrameworkId } from "../../src/core";
import {
  describeTemplate, names as N, parseRange, splitQualified, styleRects, uniqueSheetNames, type TemplateSpec,
} from "../../src/template";
import { buildSpecEngine } from "./specEngine";

const FRAMEWORKS: FrameworkId[] = ["59/2020", "8/2026", "5/2018"];

/** Functions every engine we target shares (Excel 2016, LibreOffice, HyperFormula). */
const ALLOWED_FUNCTIONS = new Set([
  "IF", "AND", "OR", "ISNUMBER", "ISERROR", "TRIM", "ROUND", "ABS", "INT", "MOD", "CHOOSE", "SUMPRODUCT", "COUNT", "COUNTIF",
  // The Bukti Dukung sheet's reading of item codes, its counts and its deadlines.
  "UPPER", "LOWER", "LEFT", "MID", "LEN", "FIND", "VALUE", "COUNTIFS", "TODAY",
  // The change from last year, written without TEXT() (whose format codes follow the user's locale).
  "RIGHT",
  // The Tahapan sheet's reading of pasted results by key (Excel 2007 and later).
  "SUMIFS", "NOT",
]);

function formulas(spec: TemplateSpec): string[] {
  return spec.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flatMap((row) => row.flatMap((c) => (c.formula ? [c.formula] : [])))));
}

describe.each(FRAMEWORKS)("describeTemplate(%s)", (frameworkId) => {
  const framework = getFramework(frameworkId);
  const spec = describeTemplate(frameworkId);

  it("defines exactly the contract's names, aspects and domains numbered from 1", () => {
    expect(spec.names.map((n) => n.name)).toEqual([
      N.SPBE_FRAMEWORK, N.SPBE_LEVELS, N.SPBE_TARGETS, N.SPBE_OFFICIAL, N.SPBE_LAST_YEAR, N.SPBE_PIC, N.SPBE_JUSTIFICATION, N.SPBE_EVIDENCE,
      N.SPBE_NOTES, N.SPBE_INSTANSI, N.SPBE_YEAR, N.SPBE_FILLED_BY, N.SPBE_INDEX, N.SPBE_INDEX_ROUNDED, N.SPBE_PREDIKAT,
      N.SPBE_PREDIKAT_ROUNDED, N.SPBE_TARGET_INDEX,
      ...framework.aspects.map((_, i) => `SPBE_ASPECT_${i + 1}`),
      ...framework.domains.map((_, i) => `SPBE_DOMAIN_${i + 1}`),
      // The history cell, where the framework succeeds another (8/2026 after 59/2020, 59/2020 after 5/2018).
      ...(frameworkId === "5/2018" ? [] : [N.SPBE_HISTORY_INDEX]),
      // The Tahapan sheet's pasted block, in every template.
      N.SPBE_STAGE_KEYS, N.SPBE_STAGE_RESULTS,
      // The Bukti Dukung sheet's names, in the template that has it by default.
      ...(frameworkId === "8/2026" ? [N.SPBE_EVIDENCE_ITEMS, N.SPBE_EVIDENCE_STATUS, N.SPBE_EVIDENCE_PIC, N.SPBE_EVIDENCE_DEADLINE, N.SPBE_EVIDENCE_LEVELS] : []),
    ]);
  });

  it("gives every per-indicator name one column of one cell per indicator, on the same rows", () => {
    const rows = new Set<string>();
    for (const name of N.PER_INDICATOR_NAMES) {
      const ref = spec.names.find((n) => n.name === name)!.ref;
      const r = parseRange(splitQualified(ref).range.replace(/\$/g, ""));
      expect(r.col).toBe(r.lastCol);
      expect(r.lastRow - r.row + 1).toBe(framework.indicators.length);
      rows.add(`${r.row}-${r.lastRow}`);
    }
    expect(rows.size).toBe(1);
  });

  it("uses only functions shared by Excel 2016, LibreOffice and HyperFormula", () => {
    for (const formula of formulas(spec)) {
      const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const [, fn] of withoutStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(ALLOWED_FUNCTIONS).toContain(fn);
      expect(withoutStrings).not.toMatch(/SPBE\.|XLOOKUP|LET\(|FILTER\(/);
    }
  });

  it("never formats a formula cell as text (a host would store the formula as text)", () => {
    for (const sheet of spec.sheets) {
      for (const cell of sheet.blocks.flatMap((b) => b.cells.flat())) if (cell.formula) expect(cell.format).not.toBe("@");
    }
  });

  it("has rectangular blocks and styles every styled cell exactly once", () => {
    for (const sheet of spec.sheets) {
      for (const block of sheet.blocks) {
        const width = block.cells[0].length;
        expect(block.cells.every((r) => r.length === width)).toBe(true);
        const covered = new Map<string, number>();
        for (const rect of styleRects(block)) {
          for (let r = rect.row; r <= rect.lastRow; r++) for (let c = rect.col; c <= rect.lastCol; c++) {
            expect(block.cells[r - block.row][c - block.col].style).toBe(rect.style);
            covered.set(`${r},${c}`, (covered.get(`${r},${c}`) ?? 0) + 1);
          }
        }
        const styled = block.cells.flatMap((row, r) => row.flatMap((c, k) => (c.style ? [`${block.row + r},${block.col + k}`] : [])));
        expect([...covered.keys()].sort()).toEqual(styled.sort());
        expect([...covered.values()].every((n) => n === 1)).toBe(true);
      }
    }
  });

  it("keeps validation texts within Excel's limits and lists the level names", () => {
    const evaluation = spec.sheets[0];
    expect(evaluation.validations.length).toBeGreaterThanOrEqual(3);
    for (const v of evaluation.validations) {
      expect(v.promptTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.prompt.length).toBeLessThanOrEqual(255);
      expect(v.errorMessage.length).toBeLessThanOrEqual(255);
      // Level cells 0-5; the external block's score cells (8/2026) take an index score 0-100.
      expect(v.kind === "decimal" && [v.min, v.max]).toEqual(v.promptTitle === "Skor indeks sumber" ? [0, 100] : [0, 5]);
    }
    const first = framework.indicators[0];
    expect(evaluation.validations[0].prompt).toContain(`1 ${levelName(framework, first, 1)}`);
  });

  it("locks every cell but the inputs, protects every sheet, prints landscape on one page width", () => {
    for (const sheet of spec.sheets) {
      expect(sheet.protect).toBe(true);
      expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
      for (const row of sheet.blocks[0].cells) {
        for (const cell of row) {
          if (cell.formula) expect(spec.styles[cell.style!].locked).toBe(true);
        }
      }
    }
  });

  it("labels the framework's transcription status when it is not verified", () => {
    const cells = spec.sheets[0].blocks[0].cells.flat().map((c) => c.value);
    const status = cells.find((v) => typeof v === "string" && v.startsWith("Status data kerangka"));
    if (framework.status === "verified") expect(status).toBeUndefined();
    else expect(status).toContain(framework.status === "secondary" ? "sekunder" : "rekonstruksi");
  });

  it("shows the level criteria of 59/2020 and of 8/2026 (the latter marked as a secondary source), and says they are not available otherwise", () => {
    const reference = spec.sheets.find((s) => s.key === "reference")!;
    const note = reference.blocks[0].cells[1][0];
    const header = reference.blocks[0].cells[2].map((c) => c.value);
    if (frameworkId === "59/2020") {
      expect(note.value).toContain("Kuesioner");
      expect(header[3]).toBe("Pertanyaan");
      expect(reference.blocks[0].cells[3][4].value).toMatch(/^Rintisan: Konsep kebijakan internal/);
    } else if (frameworkId === "8/2026") {
      expect(note.value).toMatch(/^Sumber sekunder: kriteria dari modul pelatihan KemenPANRB 2026 .*belum diperiksa terhadap Lampiran Peraturan Menteri PANRB Nomor 8 Tahun 2026/);
      expect(note.style).toBe("warning");
      expect(header[3]).toBe("Deskripsi");
      expect(reference.blocks[0].cells[3][3].value).toMatch(/^Tata kelola Pemdi adalah kerangka kerja/);
      expect(reference.blocks[0].cells[3][4].value).toMatch(/^Merintis: Substansi Rencana Aksi Nasional Pemdi/);
      expect(reference.blocks[0].cells[3 + 19][8].value).toMatch(/^Unggul: /);
    } else {
      expect(note.value).toContain("belum tersedia");
    }
  });

  it("explains the value bands in the level cells' prompt where the scale has them (8/2026)", () => {
    const prompts = [...new Set(spec.sheets[0].validations.filter((v) => v.promptTitle !== "Skor indeks sumber").map((v) => v.prompt))];
    if (frameworkId === "8/2026") {
      expect(prompts).toEqual([
        "0 Belum Terpenuhi; 1 Merintis; 2 Membangun; 3 Berkembang; 4 Melembaga; 5 Unggul. Nilai kontinu (paling banyak dua desimal) menurut pita: " +
          "1,00-1,49 Merintis; 1,50-2,49 Membangun; 2,50-3,49 Berkembang; 3,50-3,99 Melembaga; 4,00-5,00 Unggul.",
      ]);
    } else {
      for (const prompt of prompts) expect(prompt).not.toContain("pita");
    }
    // Excel refuses a validation prompt longer than 255 characters.
    for (const prompt of prompts) expect(prompt.length).toBeLessThanOrEqual(255);
  });
});

describe("row heights of wrapped text", () => {
  const spec = describeTemplate("59/2020");
  const heightOf = (key: string, row: number) =>
    spec.sheets.find((s) => s.key === key)!.rowHeights.find((h) => h.row <= row && row <= h.lastRow)?.height ?? 15;

  it("gives a long level criterion several lines, and a short indicator name one or two", () => {
    expect(heightOf("reference", 4)).toBeGreaterThanOrEqual(8 * 15);
    expect(heightOf("evaluation", 9)).toBeGreaterThanOrEqual(2 * 15);
    expect(heightOf("evaluation", 9)).toBeLessThanOrEqual(3 * 15);
  });

  it("never exceeds Excel's maximum row height", () => {
    for (const sheet of spec.sheets) for (const h of sheet.rowHeights) expect(h.height).toBeLessThanOrEqual(409);
  });
});

describe("describeTemplate options", () => {
  it("writes instansi, year and filler into the header, and does not change its options", () => {
    const options = { instansi: "Pemerintah Kab. Contoh", year: 2025, filledBy: "Diskominfo", sheetNames: { evaluation: "KK" } };
    const copy = JSON.parse(JSON.stringify(options));
    const spec = describeTemplate("59/2020", options);
    expect(options).toEqual(copy);
    const engine = buildSpecEngine(spec);
    expect(engine.value(N.SPBE_INSTANSI)).toBe("Pemerintah Kab. Contoh");
    expect(engine.value(N.SPBE_YEAR)).toBe(2025);
    expect(engine.value(N.SPBE_FILLED_BY)).toBe("Diskominfo");
    expect(spec.names.find((n) => n.name === N.SPBE_LEVELS)!.ref).toBe("'KK'!$F$9:$F$55");
    engine.destroy();
  });

  it("speaks English on request, with official Indonesian names of indicators and predikat", () => {
    const spec = describeTemplate("59/2020", { language: "en" });
    expect(spec.sheets.map((s) => s.name)).toEqual(["Worksheet", "Summary", "Stages", "Reference"]);
    const engine = buildSpecEngine(spec);
    engine.fill(N.SPBE_LEVELS, new Array(47).fill(3));
    expect(engine.value(N.SPBE_PREDIKAT)).toBe("Baik");
    expect(engine.cell("Worksheet", "D9")).toBe("Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah");
    expect(engine.cell("Worksheet", "G9")).toBe("Defined");
    engine.fill(N.SPBE_LEVELS, [null, ...new Array(46).fill(3)]);
    expect(engine.value(N.SPBE_INDEX)).toBe("incomplete (1 blank)");
    engine.destroy();
  });

  it("names each level, flags decimal and refused levels, and computes the gap to the target", () => {
    const engine = buildSpecEngine(describeTemplate("59/2020"));
    engine.fill(N.SPBE_LEVELS, [0, 2.5, "'x", null, ...new Array(27).fill(3), 3, ...new Array(15).fill(3)]);
    engine.fill(N.SPBE_TARGETS, [1, 3.25, 3, 3, ...new Array(43).fill(4)]);
    expect(["G9", "G10", "G11", "G12", "G40"].map((a) => engine.cell("Kertas Kerja", a))).toEqual([
      "Belum Terpenuhi", "(desimal)", "(tidak valid)", "", "Transaksi",
    ]);
    expect(["L9", "L10", "L11", "L12"].map((a) => engine.cell("Kertas Kerja", a))).toEqual([1, 0.75, "", ""]);
    engine.destroy();
  });

  it("uses sheet-scoped names when asked (a further template in a workbook)", () => {
    expect(describeTemplate("8/2026", { nameScope: "sheet" }).nameScope).toBe("sheet");
  });
});

describe("uniqueSheetNames", () => {
  it.each<[string[], string]>([
    [[], "Kertas Kerja"],
    [["Sheet1"], "Kertas Kerja"],
    [["KERTAS KERJA"], "Kertas Kerja (2)"],
    [["Ringkasan", "Referensi (2)"], "Kertas Kerja (3)"],
  ])("with sheets %j picks %s (all three sheets share the suffix)", (existing, evaluation) => {
    const names = uniqueSheetNames(existing, "id");
    expect(names.evaluation).toBe(evaluation);
    expect(names.summary).toBe(evaluation.replace("Kertas Kerja", "Ringkasan"));
  });
});
