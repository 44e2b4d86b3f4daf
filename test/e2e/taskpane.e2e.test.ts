/**
 * The built task pane (dist/) in headless Chromium against an in-memory fake of the Office objects it uses.
 * `npm test` builds dist/ first; on its own: `npx webpack --mode production --env only=web && npx jest test/e2e`.
 * Screenshots go to test-output/screenshots/ (printed), to be looked at by a person at the pane's real width.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { vectors } from "../fixtures/vectors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const harness = require("./browserHarness.js") as {
  DIST: string;
  serveDist: () => Promise<{ url: string; close: () => Promise<void> }>;
  launchChromium: () => Promise<Browser>;
  fakeOfficeScript: (config: unknown, extra?: string) => string;
  routeOffice: (page: Page, body: string | null) => Promise<void>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { templateWorkbook } = require("./templateWorkbook.js") as { templateWorkbook: (t: unknown[], extra?: unknown[]) => unknown };

const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const AXE = path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js");
/** The default task-pane width in Excel on the web is about 320-350px. */
const PANE = { width: 340, height: 900 };

const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;
const pacitan = vectors.spbe_59_2020_published.find((v) => v.exact_index === 3.4985)!;

const targets = kominfo.levels.map((l) => Math.min(5, l + 1));

const WORKBOOK = templateWorkbook(
  [
    { sheet: "Penilaian 2024", levels: kominfo.levels, targets, lastYear: kominfo.levels.map((l) => Math.max(1, l - 1)), instansi: "Kementerian Komunikasi dan Informatika", year: 2024 },
    { sheet: "Penilaian Pacitan", levels: pacitan.levels, instansi: "Pemerintah Kab. Pacitan", year: 2024 },
  ],
  [{ name: "Catatan", cells: { A1: "bebas" } }],
);

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

interface PageProblems {
  readonly errors: string[];
  readonly console: string[];
}

async function openPane(officeBody: string | null, viewport = PANE): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport });
  const problems: PageProblems = { errors: [], console: [] };
  page.on("pageerror", (e) => problems.errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.console.push(`${m.type()}: ${m.text()}`);
  });
  await harness.routeOffice(page, officeBody);
  await page.goto(`${server.url}/taskpane.html`);
  return { page, problems };
}

/** Whole page, or only the viewport (for a modal dialog, whose fixed backdrop a full-page capture smears). */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Waits until every finite animation and transition on the page has finished: the state a person looks at. Fluent's
 * dialog fades its surface and backdrop in with the Web Animations API; measured mid-fade, text sits on
 * half-transparent colours and axe reports a contrast failure that no user ever sees (issue 9). Infinite animations
 * (a spinner) never finish and are left alone.
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // New animations can start when one ends (a presence component chains enter steps): loop until none is running.
    for (let round = 0; round < 20; round++) {
      const running = document
        .getAnimations()
        .filter((a) => a.playState !== "finished" && a.effect?.getComputedTiming().endTime !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    }
    throw new Error("animations still running after 20 rounds");
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  await page.addScriptTag({ path: AXE });
  // Fluent's focus management (tabster) adds 1px "dummy" <i tabindex=0 aria-hidden> sentinels around focus groups;
  // they pass focus straight on and are never announced, so they are left out of the check. The experimental rule
  // label-content-name-mismatch (WCAG 2.5.3: a button's name contains its visible words) is switched on.
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { rules: { "label-content-name-mismatch": { enabled: true } } },
    ),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(harness.DIST, "taskpane.html"))) {
    throw new Error("dist/ is not built: run `npx webpack --mode production --env only=web` (npm test builds it).");
  }
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  process.stdout.write(`Task pane screenshots: ${SCREENSHOTS}\n`);
  server = await harness.serveDist();
  browser = await harness.launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane in Excel (fake host)", () => {
  it("shows the recomputed index and predikat, inserts a formula, generates a template, plans and writes targets, switches language and passes axe", async () => {
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK));

    const rounded = page.getByTestId("index-rounded");
    await rounded.waitFor();
    expect(await rounded.textContent()).toBe("4,75");
    expect(await page.getByTestId("index-exact").textContent()).toBe("4,745");
    expect(await page.getByTestId("predikat").textContent()).toBe("Memuaskan");
    // Not the 9,99 the sheet's SPBE_INDEX cell holds: the pane recomputes from the levels.
    expect(await page.getByText("9,99").count()).toBe(0);
    expect(await page.getByRole("list", { name: "Aspek terhadap target" }).getByRole("listitem").count()).toBe(8);
    expect(await page.getByRole("list", { name: "Kesenjangan terbesar" }).getByRole("listitem").count()).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "1-ringkasan-id");

    // The second template (sheet-scoped names).
    await page.getByRole("combobox", { name: "Template" }).selectOption("sheet:Penilaian Pacitan");
    expect(await rounded.textContent()).toBe("3,50");
    expect(await page.getByTestId("predikat").textContent()).toBe("Baik");

    // A change in the workbook refreshes the summary (worksheet onChanged).
    await page.evaluate(() => (window as unknown as { __fakeExcel: { setCell: (s: string, a: string, v: unknown) => void } }).__fakeExcel.setCell("Penilaian Pacitan", "E6", 0));
    await page.waitForFunction(() => document.querySelector("[data-testid=index-rounded]")?.textContent !== "3,50", undefined, { timeout: 5000 });
    // Indicator 1 weighs 1,30 %: its level 5 -> 0 takes 5 x 0,013 = 0,065 off 3,4985.
    expect(pacitan.levels[0]).toBe(5);
    expect(await page.getByTestId("index-exact").textContent()).toBe("3,4335");

    await page.getByRole("tab", { name: "Fungsi" }).click();
    await page.getByRole("button", { name: "Sisipkan contoh SPBE.INDEX ke sel terpilih" }).click();
    await page.getByText('Rumus =SPBE.INDEX(SPBE_LEVELS, "59/2020", TRUE) ditulis di', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "2-fungsi-id");

    // Generate a template: new sheets with sheet-scoped names (the workbook names are taken), then it is listed.
    await page.getByRole("tab", { name: "Template" }).click();
    // In 2026 the form offers 8/2026 first; this is a 2025 template.
    await page.getByRole("combobox", { name: "Kerangka" }).selectOption("59/2020");
    await page.getByRole("textbox", { name: "Tahun evaluasi" }).fill("2025");
    await page.getByRole("textbox", { name: /^Instansi/ }).fill("Pemerintah Kota Denpasar");
    await page.getByRole("button", { name: "Buat template" }).click();
    await page.getByText("Template dibuat").waitFor();
    const created = await page.evaluate(() => {
      const fake = (window as unknown as { __fakeExcel: { sheets: { name: string; names: { name: string }[] }[] } }).__fakeExcel;
      return fake.sheets.map((s) => ({ name: s.name, names: s.names.map((n) => n.name) }));
    });
    expect(created.slice(0, 3).map((s) => s.name)).toEqual(["Penilaian 2024", "Penilaian Pacitan", "Catatan"]);
    const evaluationSheet = created[3];
    expect(evaluationSheet.names).toEqual(expect.arrayContaining(["SPBE_FRAMEWORK", "SPBE_LEVELS", "SPBE_TARGETS", "SPBE_INDEX"]));
    expect(await page.getByText(`Lembar baru: ${evaluationSheet.name}`, { exact: false }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "3-template-dibuat-id");

    await page.getByRole("tab", { name: "Ringkasan" }).click();
    const picker = page.getByRole("combobox", { name: "Template" });
    await page.waitForFunction((key) => [...document.querySelectorAll("option")].some((o) => o.value === key), `sheet:${evaluationSheet.name}`);
    await picker.selectOption(`sheet:${evaluationSheet.name}`);
    await page.getByText("Indikator belum diisi: 47 dari 47").waitFor();
    expect(await rounded.textContent()).toBe("0,00");

    // Rencana: plan Kab. Pacitan (now 3,4335) to "Sangat Baik" with at most one level per indicator, confirm, write.
    await page.getByRole("tab", { name: "Rencana" }).click();
    const planner = page.getByRole("tabpanel", { name: "Rencana" });
    await planner.getByRole("combobox", { name: "Template" }).selectOption("sheet:Penilaian Pacitan");
    await planner.getByRole("textbox", { name: /^Target/ }).fill("Sangat Baik");
    await planner.getByRole("combobox", { name: "Kenaikan maksimum per indikator" }).selectOption("1");
    await planner.getByRole("button", { name: "Hitung rencana" }).click();
    const projected = planner.getByTestId("plan-projected");
    await projected.waitFor();
    expect(await planner.getByTestId("plan-current").textContent()).toBe("3,43 · Baik");
    const projectedText = (await projected.textContent()) ?? "";
    expect(projectedText).toMatch(/^3,[5-9]\d · Sangat Baik$/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "4-rencana-id");
    await planner.getByRole("button", { name: "Tulis ke kolom Target" }).click();
    const dialog = page.getByRole("dialog", { name: "Tulis target ke template?" });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "5-rencana-konfirmasi-id", false);
    await dialog.getByRole("button", { name: "Tulis target" }).click();
    await planner.getByText("Tingkat rencana ditulis ke 'Penilaian Pacitan'!F6:F52.").waitFor();
    const writtenTargets = await page.evaluate(() => {
      const fake = (window as unknown as { __fakeExcel: { getCell: (s: string, a: string) => unknown } }).__fakeExcel;
      return Array.from({ length: 47 }, (_, i) => fake.getCell("Penilaian Pacitan", `F${6 + i}`));
    });
    const current = [0, ...pacitan.levels.slice(1)];
    writtenTargets.forEach((target, i) => {
      expect(target).toBeGreaterThanOrEqual(current[i]);
      expect(target).toBeLessThanOrEqual(current[i] + 1);
    });
    // The assessment levels are untouched.
    expect(await page.evaluate(() => (window as unknown as { __fakeExcel: { getCell: (s: string, a: string) => unknown } }).__fakeExcel.getCell("Penilaian Pacitan", "E7"))).toBe(pacitan.levels[1]);

    // The summary picks the new targets up (workbook change event).
    await page.getByRole("tab", { name: "Ringkasan" }).click();
    await picker.selectOption("sheet:Penilaian Pacitan");
    await page.getByTestId("target-index").waitFor();
    expect(await page.getByTestId("target-index").textContent()).toBe(projectedText.slice(0, 4));

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("tab", { name: "Summary" }).click();
    expect(await page.evaluate(() => localStorage.getItem("spbe.language"))).toBe("en");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("combobox", { name: "Template" }).selectOption("workbook");
    expect(await rounded.textContent()).toBe("4.75");
    expect(await page.getByTestId("predikat").textContent()).toBe("Memuaskan (Excellent)");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "6-summary-en");

    await page.getByRole("tab", { name: "Template" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "7-template-en");

    // Nothing overflows the narrow pane.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("passes axe on every view, in Indonesian and in English", async () => {
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK));
    await page.getByTestId("index-rounded").waitFor();
    for (const language of ["id", "en"]) {
      if (language === "en") await page.getByRole("button", { name: "English" }).click();
      const count = await page.getByRole("tab").count();
      expect(count).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < count; i++) {
        const tab = page.getByRole("tab").nth(i);
        await tab.click();
        const name = await tab.getAttribute("id");
        expect([language, name, await seriousViolations(page)]).toEqual([language, name, []]);
      }
    }
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("stays readable at 320px", async () => {
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK), { width: 320, height: 1400 });
    await page.getByTestId("index-rounded").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "8-ringkasan-320");
    // The tabs keep to one row, which scrolls sideways inside the pane rather than wrapping to three rows.
    const tops = await page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const list = await page.getByRole("tablist").evaluate((l) => ({ right: l.getBoundingClientRect().right, scrolls: l.scrollWidth > l.clientWidth }));
    expect(list.right).toBeLessThanOrEqual(320);
    expect(list.scrolls).toBe(true);
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it.each([320, 450])("shows every view in both languages inside %ipx, and adds the Laporan Pimpinan from Ringkasan", async (width) => {
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK), { width, height: 1400 });
    await page.getByTestId("index-rounded").waitFor();
    // Every aspect bar carries last year's value (a triangle, and the words in its text).
    const aspects = page.getByRole("list", { name: "Aspek terhadap target" }).getByRole("listitem");
    expect(await aspects.filter({ hasText: "tahun lalu" }).count()).toBe(8);

    await page.getByRole("button", { name: "Buat lembar Laporan Pimpinan" }).click();
    await page.getByText('Lembar "Laporan Pimpinan" ditambahkan', { exact: false }).waitFor();
    const report = await page.evaluate(() => {
      const fake = (window as unknown as { __fakeExcel: { sheets: { name: string }[]; getCell: (s: string, a: string) => unknown } }).__fakeExcel;
      return { sheets: fake.sheets.map((s) => s.name), title: fake.getCell("Laporan Pimpinan", "A1"), basis: fake.getCell("Laporan Pimpinan", "A4") };
    });
    expect(report.sheets).toEqual(["Penilaian 2024", "Penilaian Pacitan", "Catatan", "Laporan Pimpinan"]);
    expect(report.title).toBe("Laporan Pimpinan - Indeks SPBE");
    expect(String(report.basis)).toMatch(/^SIMULASI:/);
    await shot(page, `laporan-pimpinan-id-${width}`);

    for (const language of ["id", "en"]) {
      if (language === "en") await page.getByRole("button", { name: "English" }).click();
      const count = await page.getByRole("tab").count();
      for (let i = 0; i < count; i++) {
        const tab = page.getByRole("tab").nth(i);
        await tab.click();
        await animationsSettled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        // The chosen tab is scrolled into sight inside the pane's one row of tabs.
        const shown = await tab.evaluate((t) => t.getBoundingClientRect());
        const name = (await tab.getAttribute("id"))?.replace(/^tab-/, "");
        expect([name, language, overflow <= 0, shown.left >= 0 && shown.right <= width]).toEqual([name, language, true, true]);
        await shot(page, `view-${name}-${language}-${width}`);
      }
    }
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("can be used from the keyboard", async () => {
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK));
    await page.getByTestId("index-rounded").waitFor();
    // Tab order starts at the language switch, then the selected tab.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("English");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    // Arrow keys move between tabs; Enter opens one.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Buat template" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("merges two unit sheets into the coordinator's template after review and confirmation, with a log sheet, and makes a unit file (320px)", async () => {
    const column = (values: Record<number, string | number>) => Array.from({ length: 47 }, (_, i) => values[i + 1] ?? null);
    const pic = column({ 1: "Bappeda", 2: "Bappeda; Inspektorat", 3: "Inspektorat" });
    const workbook = templateWorkbook([
      { sheet: "Kertas Kerja", levels: column({ 3: 1 }), pic, instansi: "Kab. Contoh", year: 2025 },
      { sheet: "Bappeda", unit: "Bappeda", levels: column({ 1: 3, 2: 2 }), pic, justification: column({ 1: "Renstra ditetapkan" }) },
      // Answers indicator 2 differently from Bappeda: a conflict, never merged.
      { sheet: "Inspektorat", unit: "Inspektorat", levels: column({ 2: 4, 3: 2 }), pic },
    ]);
    const { page, problems } = await openPane(harness.fakeOfficeScript(workbook), { width: 320, height: 1400 });
    await page.getByRole("tab", { name: "Unit/OPD" }).click();
    const panel = page.getByRole("tabpanel", { name: "Unit/OPD" });
    await panel.getByRole("checkbox", { name: /^Inspektorat/ }).waitFor();
    await panel.getByRole("button", { name: "Periksa" }).click();

    const conflict = panel.getByRole("table", { name: "Indikator 2 · Tingkat: unit yang ditugaskan menjawab berbeda" });
    await conflict.waitFor();
    expect(await conflict.getByRole("row").allTextContents()).toEqual([
      "SumberNilai", "Koordinator (tetap)(kosong)", "Bappeda, lembar Bappeda2", "Inspektorat, lembar Inspektorat4",
    ]);
    expect(await panel.getByRole("list", { name: "Perubahan yang akan digabungkan (3)" }).getByRole("listitem").count()).toBe(3);
    const fake = () => page.evaluate(() => {
      const f = (window as unknown as { __fakeExcel: { sheets: { name: string }[]; writes: unknown[]; getCell: (s: string, a: string) => unknown } }).__fakeExcel;
      return {
        sheets: f.sheets.map((x) => x.name),
        writes: f.writes.length,
        cells: ["E6", "E7", "E8", "H6"].map((a) => f.getCell("Kertas Kerja", a)),
        log: ["A1", "B2", "A3", "D5", "E5", "F5"].map((a) => f.getCell("Log Penggabungan", a)),
      };
    });
    expect((await fake()).writes).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "11-unit-periksa-320");

    await panel.getByRole("button", { name: "Gabungkan 3 perubahan" }).click();
    const dialog = page.getByRole("dialog", { name: "Gabungkan jawaban unit?" });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Gabungkan" }).click();
    await panel.getByText("3 sel ditulis di lembar Kertas Kerja. Log perubahan dan 1 konflik yang belum diputuskan: lembar Log Penggabungan.").waitFor();
    const after = await fake();
    expect(after.sheets).toEqual(["Kertas Kerja", "Bappeda", "Inspektorat", "Log Penggabungan"]);
    // Indicator 1 and 3 merged, indicator 2 (conflict) untouched.
    expect(after.cells).toEqual([3, undefined, 2, "Renstra ditetapkan"]);
    expect(after.log).toEqual([
      "Log penggabungan: setiap nilai template koordinator yang diubah (panel tugas)", "Kolom", 1, 1, 2, "Inspektorat",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "12-unit-digabung-320");

    // Fan-out: the unit file is built in the browser (ExcelJS loaded on demand) and opened with Excel.createWorkbook.
    await panel.getByRole("button", { name: "Tampilkan unit" }).click();
    await panel.getByRole("list", { name: "Unit dan indikatornya" }).waitFor();
    await panel.getByRole("button", { name: "Buat berkas unit Bappeda" }).click();
    await panel.getByText("Dibuka sebagai buku kerja baru; simpan sebagai bappeda.xlsx.").waitFor({ timeout: 30000 });
    const created = await page.evaluate(() => (window as unknown as { __fakeExcel: { createdWorkbooks: string[] } }).__fakeExcel.createdWorkbooks);
    expect(created).toHaveLength(1);
    expect(created[0].startsWith("UEsDB")).toBe(true); // a zip (.xlsx)
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "13-unit-berkas-320");
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("connects an analyst's own table: recognises it, writes live formulas at the chosen cell, and Ringkasan reads it (320px)", async () => {
    const cells: Record<string, unknown> = { A1: "Monitoring Evaluasi SPBE 2024", A3: "No", B3: "Indikator", C3: "Tingkat" };
    const order = [...kominfo.levels.keys()].filter((i) => i !== 17).concat([17]);
    order.forEach((i, n) => Object.assign(cells, { [`A${n + 4}`]: n + 1, [`B${n + 4}`]: `Indikator ${i + 1} : nama`, [`C${n + 4}`]: kominfo.levels[i] }));
    cells[`B${order.length + 4}`] = "TOTAL";
    const config = { sheets: [{ name: "Rekap", cells }, { name: "Hasil", cells: {} }], selection: { sheet: "Rekap", ref: "A1" } };
    const { page, problems } = await openPane(harness.fakeOfficeScript(config), { width: 320, height: 1400 });
    await page.getByRole("tab", { name: "Hubungkan" }).click();
    const panel = page.getByRole("tabpanel", { name: "Hubungkan" });
    await panel.getByRole("button", { name: "Baca tabel terpilih" }).click();
    await panel.getByText("47 dari 47 indikator ditemukan").first().waitFor();
    await panel.getByText(/Indeks 4,75 \(nilai tepat 4,745\)/).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "14-hubungkan-320");

    await page.evaluate(() => {
      (window as unknown as { __fakeExcel: { selection: unknown } }).__fakeExcel.selection = { sheet: "Hasil", ref: "B2" };
    });
    await panel.getByRole("button", { name: "Tulis rumus di sel terpilih" }).click();
    await panel.getByText("Rumus ditulis").waitFor();
    const written = await page.evaluate(() => {
      const f = (window as unknown as { __fakeExcel: { writes: { sheet: string }[]; getCell: (s: string, a: string) => unknown; sheets: { name: string; names: { name: string }[] }[] } }).__fakeExcel;
      return { sheets: [...new Set(f.writes.map((w) => w.sheet))], framework: f.getCell("Hasil", "C2"), names: f.sheets[0].names.map((n) => n.name).sort() };
    });
    expect(written).toEqual({ sheets: ["Hasil"], framework: '="59/2020"', names: ["SPBE_TABLE_FRAMEWORK", "SPBE_TABLE_KEYS", "SPBE_TABLE_LEVELS"] });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: "Ringkasan" }).click();
    await page.getByRole("tabpanel", { name: "Ringkasan" }).getByRole("button", { name: "Muat ulang" }).click();
    await page.getByTestId("index-rounded").filter({ hasText: "4,75" }).waitFor();
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("runs the Diagnostik self-test green, with the shipped functions computing in the page, and leaves the workbook's sheets", async () => {
    // The fake computes no Excel formula: the template's index cells answer the published result (namedResults);
    // the SPBE.* calls are computed by the functions the page's taskpane.js registered into the fake host.
    const config = { ...(WORKBOOK as object), namedResults: { SPBE_INDEX: 4.745, SPBE_INDEX_ROUNDED: 4.75, SPBE_PREDIKAT: "Memuaskan" } };
    const { page, problems } = await openPane(harness.fakeOfficeScript(config), { width: 320, height: 1400 });
    const sheetsBefore = await page.evaluate(() => (window as unknown as { __fakeExcel: { sheets: { name: string }[] } }).__fakeExcel.sheets.map((x) => x.name));
    await page.getByRole("button", { name: "Diagnostik" }).click();
    await page.getByRole("button", { name: "Jalankan uji mandiri" }).click();
    await page.getByTestId("self-test-summary").filter({ hasText: "12 dari 12 pemeriksaan lolos." }).waitFor({ timeout: 15000 });
    expect(await page.getByTestId("self-test-custom").textContent()).toBe("LOLOS SPBE.INDEX di sel (tepat / 2 desimal): terbaca 4,745 / 4,75");
    expect(await page.getByRole("textbox", { name: "Laporan untuk pesan dukungan" }).inputValue()).toContain("LOLOS SPBE.SCORES melebar");
    const sheetsAfter = await page.evaluate(() => (window as unknown as { __fakeExcel: { sheets: { name: string }[] } }).__fakeExcel.sheets.map((x) => x.name));
    expect(sheetsAfter).toEqual(sheetsBefore);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "15-diagnostik-320");
    await page.getByRole("button", { name: /Kembali/ }).click();
    await page.getByRole("tab", { name: "Ringkasan" }).waitFor();
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("says the workbook cannot be read when the pane's first read fails, and reads again on Muat ulang", async () => {
    // The first sync of the page fails: that is the read the pane starts as soon as Office is ready.
    const failFirst = `window.__fakeExcel.failNextSync = { code: "GeneralException", message: "Baca gagal (uji)" };`;
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK, failFirst));
    const summary = page.getByRole("tabpanel", { name: "Ringkasan" });
    await summary.getByText("Buku kerja tidak dapat dibaca").waitFor();
    await summary.getByRole("button", { name: "Muat ulang" }).click();
    await page.getByTestId("index-rounded").waitFor();
    expect(problems.errors).toEqual([]);
    await page.close();
  });

  it("shows the frame while a slow first read goes on, then its numbers, reading the workbook once", async () => {
    const runsOnceShown = async (page: Page) => {
      await page.getByTestId("index-rounded").waitFor();
      return page.evaluate(() => (window as unknown as { __fakeExcel: { runs: number } }).__fakeExcel.runs);
    };
    const quick = await openPane(harness.fakeOfficeScript(WORKBOOK));
    const quickRuns = await runsOnceShown(quick.page);
    await quick.page.close();

    // The page's first sync takes 1.5 s, well past the 300 ms the first render waits for it.
    const { page, problems } = await openPane(harness.fakeOfficeScript(WORKBOOK, "window.__fakeExcel.slowNextSync = 1500;"));
    await page.getByRole("tab", { name: "Ringkasan" }).waitFor();
    await page.getByText("Membaca buku kerja…").waitFor();
    expect(await page.getByTestId("index-rounded").count()).toBe(0);
    // The summary shows that same read when it ends, instead of starting a second one.
    expect(await runsOnceShown(page)).toBe(quickRuns);
    expect(await page.getByTestId("index-rounded").textContent()).toBe("4,75");
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("says clearly when the workbook has no template", async () => {
    const { page, problems } = await openPane(harness.fakeOfficeScript({ sheets: [{ name: "Sheet1", cells: {} }] }));
    await page.getByRole("tabpanel", { name: "Ringkasan" }).getByText("Belum ada template evaluasi di buku kerja ini").waitFor();
    await shot(page, "9-tanpa-template");
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });
});

describe("task pane outside Excel", () => {
  it("explains itself when office.js reports no host, with no console error", async () => {
    const { page, problems } = await openPane(harness.fakeOfficeScript({ host: null }));
    await page.getByRole("heading", { name: "SPBE & Pemdi untuk Excel" }).waitFor();
    expect(await page.getByText(/Unggah Add-in Saya/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "10-tanpa-excel");
    expect(problems).toEqual({ errors: [], console: [] });
    await page.close();
  });

  it("explains itself when the office.js CDN is unreachable, with no uncaught error", async () => {
    const { page, problems } = await openPane(null);
    await page.getByRole("heading", { name: "SPBE & Pemdi untuk Excel" }).waitFor();
    expect(problems.errors).toEqual([]);
    // The only console line is the browser's own report of the failed office.js download.
    expect(problems.console.filter((line) => !/Failed to load resource/.test(line))).toEqual([]);
    await page.close();
  });
});
