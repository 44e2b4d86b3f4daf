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

describe("SummaryView", () => {
  it("shows the official and exact index and the predikat of the 2024 practice", async () => {
    renderView(async () => [raw("workbook", "Penilaian", kominfo.levels, { SPBE_INSTANSI: { address: "Penilaian!B3", values: [["Kominfo"]] } })]);
    expect(await screen.findByTestId("index-rounded")).toHaveProperty("textContent", "4,75");
    expect(screen.getByTestId("index-exact").textContent).toBe("4,745");
    expect(screen.getByTestId("predikat").textContent).toBe("Memuaskan");
    expect(screen.getByText("Praktik 2024: predikat dari indeks tepat.")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveProperty("value", "workbook");
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
