/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SummaryView, CHANGE_DEBOUNCE_MS } from "../../src/taskpane/components/SummaryView";
import { TemplatesProvider } from "../../src/taskpane/templatesContext";
import type { RawTemplate } from "../../src/excel/readTemplates";
import type { Language } from "../../src/taskpane/language";
import { vectors } from "../fixtures/vectors";
import { formatHundredths, getFramework, overallIndex, roundHalfUpToHundredths } from "../../src/core";

const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;
const pacitan = vectors.spbe_59_2020_published.find((v) => v.exact_index === 3.4985)!;

function raw(key: string, sheet: string, levels: unknown[], extra: Partial<RawTemplate["cells"]> = {}): RawTemplate {
  return {
    key,
    scope: key === "workbook" ? "workbook" : "worksheet",
    sheetName: sheet,
    namesPresent: ["SPBE_FRAMEWORK", "SPBE_LEVELS"],
    cells: {
      SPBE_FRAMEWORK: { address: `${sheet}!B2`, values: [["59/2020"]] },
      SPBE_LEVELS: { address: `${sheet}!E6:E${5 + levels.length}`, values: levels.map((l) => [l]) },
      ...extra,
    },
  };
}

function renderView(readTemplates: () => Promise<RawTemplate[]>, language: Language = "id", subscribeToChanges?: (cb: () => void) => Promise<() => Promise<void>>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesProvider readTemplates={readTemplates} subscribeToChanges={subscribeToChanges}>
        <SummaryView language={language} />
      </TemplatesProvider>
    </FluentProvider>,
  );
}

/** A Pemdi template's raw cells with a Bukti Dukung list: codes, statuses, PICs and deadlines on the same rows. */
function pemdiWithEvidence(codes: unknown[], statuses: unknown[], pics: unknown[], deadlines: unknown[]): RawTemplate {
  const base = raw("workbook", "Kertas Kerja", [2.26, 3, ...new Array(18).fill(1)]);
  const column = (col: string, values: unknown[]) => ({ address: `'Bukti Dukung'!${col}5:${col}${4 + values.length}`, values: values.map((v) => [v]) });
  return {
    ...base,
    cells: {
      ...base.cells,
      SPBE_FRAMEWORK: { address: "Kertas Kerja!C4", values: [["8/2026"]] },
      SPBE_EVIDENCE_ITEMS: column("A", codes),
      SPBE_EVIDENCE_STATUS: column("G", statuses),
      SPBE_EVIDENCE_PIC: column("E", pics),
      SPBE_EVIDENCE_DEADLINE: column("F", deadlines),
    },
  };
}

/** A Pemdi template's raw cells with the Tahapan block (keys, four stage columns), official and last year's columns. */
function pemdiWithStages(levels: unknown[], pasted: [unknown, unknown, unknown, unknown, unknown][], lastYear: unknown[]): RawTemplate {
  const base = raw("workbook", "Kertas Kerja", levels);
  return {
    ...base,
    cells: {
      ...base.cells,
      SPBE_FRAMEWORK: { address: "Kertas Kerja!C4", values: [["8/2026"]] },
      SPBE_OFFICIAL: { address: "Kertas Kerja!M9:M28", values: levels.map(() => [null]) },
      SPBE_LAST_YEAR: { address: "Kertas Kerja!N9:N28", values: lastYear.map((v) => [v]) },
      SPBE_STAGE_KEYS: { address: `Tahapan!B40:B${39 + pasted.length}`, values: pasted.map((r) => [r[0]]) },
      SPBE_STAGE_RESULTS: { address: `Tahapan!E40:H${39 + pasted.length}`, values: pasted.map((r) => r.slice(1)) },
    },
  };
}

describe("SummaryView", () => {
  it("shows the stages side by side with the falls at each stage, and the declines from last year", async () => {
    const levels = [2.5, 3, ...new Array(18).fill(1)];
    // The document review: I1 down to 2,00, I2 held; the rest of the stages not held yet. "TOTAL" names nothing.
    const pasted: [unknown, unknown, unknown, unknown, unknown][] = [
      ...levels.map((v, i): [unknown, unknown, unknown, unknown, unknown] => [`I${i + 1}`, i === 0 ? 2 : v, null, null, null]),
      ["TOTAL", 1.9, null, null, null],
    ];
    const template = pemdiWithStages(levels, pasted, [3, 2, ...new Array(18).fill(null)]);
    renderView(async () => [template]);
    const table = await screen.findByTestId("stages-table");
    const rows = within(table).getAllByRole("row").map((r) => within(r).queryAllByRole("cell").map((c) => c.textContent));
    const pemdi = getFramework("8/2026");
    const index = (values: number[]) => formatHundredths(roundHalfUpToHundredths(overallIndex(pemdi, values.map((v) => v * 100))), "id");
    expect([rows[1][0], rows[2][0]]).toEqual([index(levels), index([2, ...levels.slice(1)])]);
    expect(within(table).getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["Mandiri", "Dokumen"]);
    expect(rows[2][2]).toMatch(/^-0,0\d+$/);
    expect(screen.getByTestId("stage-falls-dokumen").textContent).toMatch(/^Turun di Dokumen: I1 2,50 → 2,00 \(-0,0\d+\)\.$/);
    expect(screen.getByText(/Kode tempelan tidak dikenal di Tahapan!B60/)).toBeTruthy();
    expect(screen.getByTestId("declines").textContent).toBe("I1 2,50 (turun dari 3,00)");
  });

  it("shows the 2025 Indeks SPBE as history beside a Pemdi index, and names a history cell that is not an index", async () => {
    const template = pemdiWithStages(new Array(20).fill(1), [], new Array(20).fill(null));
    template.cells.SPBE_HISTORY_INDEX = { address: "Ringkasan!C32", values: [[2.5]] };
    const { unmount } = renderView(async () => [template]);
    expect((await screen.findByTestId("history")).textContent).toBe(
      "Riwayat: Indeks SPBE 2025 (PermenPANRB 59/2020) 2,50, Cukup. Kerangka lain: tidak dihitung ke dalam Indeks Pemdi; bandingkan predikatnya, bukan angkanya.",
    );
    unmount();
    template.cells.SPBE_HISTORY_INDEX = { address: "Ringkasan!C32", values: [["dua"]] };
    renderView(async () => [template]);
    expect((await screen.findByTestId("history")).textContent).toContain("Ringkasan!C32");
  });

  it("says nothing of stages while none after Mandiri has values", async () => {
    const levels = new Array(20).fill(1);
    renderView(async () => [pemdiWithStages(levels, [["I1", null, null, null, null], [null, null, null, null, null], [null, null, null, null, null]], new Array(20).fill(null))]);
    await screen.findByTestId("index-rounded");
    expect(screen.queryByTestId("stages-table")).toBeNull();
    expect(screen.queryByTestId("declines")).toBeNull();
  });

  it("shows, for a template with a Bukti Dukung sheet, items accepted, claims above their evidence, overdue items and PICs", async () => {
    // Excel gives a date cell as its serial: 43831 is 2020-01-01, long past.
    const template = pemdiWithEvidence(
      ["I1-L1-01", "I1-L2-01", "I2-L1-01", "I2-L2-01", "I2-L3-01", null],
      ["diterima", "revisi", "diterima", "accepted", "diterima", null],
      ["Diskominfo", "Bappeda", "Diskominfo", "Diskominfo", "Bappeda", null],
      [null, 43831, null, null, null, null],
    );
    renderView(async () => [template]);
    expect((await screen.findByTestId("evidence-above")).textContent).toMatch(/^Klaim di atas bukti: I1 \(2 > 1\), I3 \(1 > 0\)/);
    expect(screen.getByText("Butir diterima: 4 dari 5.")).toBeTruthy();
    expect(screen.getByText("Lewat tenggat: 1 butir.")).toBeTruthy();
    const pics = screen.getByRole("list", { name: "Per PIC / OPD (diterima/butir)" });
    expect(within(pics).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Diskominfo: 3/3", "Bappeda: 1/2, 1 lewat tenggat"]);
    const perIndicator = screen.getByRole("list", { name: "Per indikator (diterima/butir, tingkat didukung bukti)" });
    expect(within(perIndicator).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["I1: 1/2, tingkat 1", "I2: 3/3, tingkat 3"]);
  });

  it("names the cell of an item code that is not one, instead of levels that would mislead", async () => {
    renderView(async () => [pemdiWithEvidence(["I1-L1-01", "I1-L9-01"], ["diterima", ""], [null, null], [null, null])]);
    expect((await screen.findByTestId("evidence-invalid")).textContent).toContain("'Bukti Dukung'!A6");
  });

  it("shows the official and exact index and the predikat of the 2024 practice", async () => {
    renderView(async () => [raw("workbook", "Penilaian", kominfo.levels, { SPBE_INSTANSI: { address: "Penilaian!B3", values: [["Kominfo"]] } })]);
    expect(await screen.findByTestId("index-rounded")).toHaveProperty("textContent", "4,75");
    expect(screen.getByTestId("index-exact").textContent).toBe("4,745");
    expect(screen.getByTestId("predikat").textContent).toBe("Memuaskan");
    expect(screen.getByText("Praktik 2024: predikat dari indeks tepat.")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveProperty("value", "workbook");
  });

  it("says on the first screen how far the next band is and, without targets, what would add most to the index", async () => {
    renderView(async () => [raw("workbook", "P", pacitan.levels)]);
    // Exact 3,4985 is Baik (2024 practice): 0,0015 to Sangat Baik, shown rounded up, never as 0,00.
    expect((await screen.findByTestId("next-band")).textContent).toBe("0,01 lagi ke Sangat Baik.");
    const list = screen.getByRole("list", { name: "Yang paling banyak menambah indeks" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0].textContent).toMatch(/^Indikator \d+: .+tingkat \d: sampai \+0,\d{2,4}$/);
    expect(screen.queryByRole("list", { name: "Kesenjangan terbesar" })).toBeNull();
    // Each aspect says its predikat beside its value; the bars stand on a 0-5 scale.
    const aspects = screen.getByRole("list", { name: "Aspek terhadap target" });
    expect(within(aspects).getAllByRole("listitem")[0].textContent).toMatch(/nilai \d,\d\d · (Kurang|Cukup|Baik|Sangat Baik|Memuaskan)$/);
  });

  it("says so in the top band", async () => {
    renderView(async () => [raw("workbook", "P", kominfo.levels)]);
    expect((await screen.findByTestId("next-band")).textContent).toBe("Sudah di pita predikat tertinggi.");
  });

  it("says when the 2023 practice would give another predikat", async () => {
    renderView(async () => [raw("workbook", "P", pacitan.levels)]);
    expect((await screen.findByTestId("predikat")).textContent).toBe("Baik");
    expect(screen.getByText(/praktik 2023 .*Sangat Baik/)).toBeTruthy();
  });

  it("lists aspects and domains as text a screen reader reads", async () => {
    renderView(async () => [raw("workbook", "P", kominfo.levels)]);
    const aspects = await screen.findByRole("list", { name: "Aspek terhadap target" });
    expect(within(aspects).getAllByRole("listitem")).toHaveLength(8);
    const domains = screen.getByRole("list", { name: "Domain terhadap target" });
    expect(within(domains).getAllByRole("listitem")[2].textContent).toContain("nilai 3,45");
  });

  it("explains when the workbook has no template", async () => {
    renderView(async () => []);
    expect(await screen.findByText("Belum ada template evaluasi di buku kerja ini")).toBeTruthy();
  });

  it("shows an Excel error with its code and location", async () => {
    const error = Object.assign(new Error("Akses ditolak"), { code: "AccessDenied", debugInfo: { errorLocation: "Workbook.names" } });
    renderView(async () => {
      throw error;
    });
    expect(await screen.findByText("Akses ditolak (kode: AccessDenied; lokasi: Workbook.names)")).toBeTruthy();
    expect(screen.getByText("Buku kerja tidak dapat dibaca")).toBeTruthy();
  });

  it("names the cell holding an invalid level", async () => {
    const levels: unknown[] = [...kominfo.levels];
    levels[11] = "tiga";
    renderView(async () => [raw("workbook", "Penilaian", levels)]);
    expect(await screen.findByText(/Indikator 12 \(sel Penilaian!E17\)/)).toBeTruthy();
  });

  it("lists every bad level cell and keeps the rest of the summary, counting them 0 until fixed", async () => {
    const levels: unknown[] = [...kominfo.levels];
    levels[11] = "tiga";
    levels[20] = 7;
    levels[30] = null;
    renderView(async () => [raw("workbook", "Penilaian", levels)]);
    const list = await screen.findByTestId("level-problems");
    const items = within(list).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain("Penilaian!E17");
    expect(items[1]).toContain("Penilaian!E26");
    expect(screen.getByText(/2 sel tingkat tidak dapat dipakai/)).toBeTruthy();
    // The summary is still there: the index (provisional), the aspects; the blank indicator 31 is listed as empty.
    expect(screen.getByTestId("index-rounded").textContent).toMatch(/^\d,\d\d$/);
    expect(screen.getByRole("list", { name: "Aspek terhadap target" })).toBeTruthy();
    expect(screen.getByText(/Indikator belum diisi: 1 dari 47/)).toBeTruthy();
  });

  it("switches between templates", async () => {
    renderView(async () => [raw("workbook", "A", kominfo.levels), raw("sheet:B", "B", pacitan.levels)]);
    const picker = await screen.findByRole("combobox", { name: "Template" });
    fireEvent.change(picker, { target: { value: "sheet:B" } });
    expect(screen.getByTestId("index-rounded").textContent).toBe("3,50");
  });

  it("reads again on Refresh and after a workbook change", async () => {
    jest.useFakeTimers();
    try {
      let calls = 0;
      let notify: () => void = () => undefined;
      renderView(
        async () => {
          calls++;
          return [raw("workbook", "P", calls === 1 ? kominfo.levels : pacitan.levels)];
        },
        "en",
        async (cb) => {
          notify = cb;
          return async () => undefined;
        },
      );
      await act(async () => undefined);
      expect(screen.getByTestId("index-rounded").textContent).toBe("4.75");
      await act(async () => {
        notify();
        notify();
        jest.advanceTimersByTime(CHANGE_DEBOUNCE_MS);
      });
      await waitFor(() => expect(screen.getByTestId("index-rounded").textContent).toBe("3.50"));
      expect(calls).toBe(2);
      fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
      await waitFor(() => expect(calls).toBe(3));
    } finally {
      jest.useRealTimers();
    }
  });
});
