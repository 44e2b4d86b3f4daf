/** @jest-environment jsdom */
/**
 * issue 14: Ringkasan's Laporan Pimpinan section and the bars' last-year marks: the report is offered once every
 * level is read (as `spbe report` needs), sends the core's report to the workbook action, and says which sheet it
 * added; last year's aspect values come from the core, shown in each bar's text.
 */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { aspectIndex, formatHundredths, getFramework, leaderReport, roundHalfUpToHundredths } from "../../src/core";
import type { RawTemplate } from "../../src/excel/readTemplates";
import type { InsertLeaderReport } from "../../src/taskpane/actions";
import { SummaryView } from "../../src/taskpane/components/SummaryView";
import { TemplatesProvider } from "../../src/taskpane/templatesContext";
import { summarizeTemplate } from "../../src/taskpane/summaryModel";

const spbe = getFramework("59/2020");
const levels = spbe.indicators.map((_, i) => 1 + ((i * 7) % 4));
const lastYear = spbe.indicators.map((_, i) => 1 + ((i * 5) % 3));
const column = (col: string, values: readonly unknown[]) => ({ address: `'Kertas Kerja'!${col}9:${col}${8 + values.length}`, values: values.map((v) => [v]) });

function template(levelValues: readonly unknown[]): RawTemplate {
  return {
    key: "workbook",
    scope: "workbook",
    sheetName: "Kertas Kerja",
    namesPresent: ["SPBE_FRAMEWORK", "SPBE_LEVELS", "SPBE_LAST_YEAR", "SPBE_PIC"],
    cells: {
      SPBE_FRAMEWORK: { address: "'Kertas Kerja'!C4", values: [["59/2020"]] },
      SPBE_INSTANSI: { address: "'Kertas Kerja'!C2", values: [["Pemerintah Kab. Contoh"]] },
      SPBE_LEVELS: column("F", levelValues),
      SPBE_LAST_YEAR: column("N", lastYear),
      SPBE_PIC: column("J", spbe.indicators.map((_, i) => (i % 2 ? "Bappeda" : "Diskominfo"))),
    },
  };
}

function renderView(raw: RawTemplate, insertLeaderReport: InsertLeaderReport) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesProvider readTemplates={async () => [raw]}>
        <SummaryView language="id" insertLeaderReport={insertLeaderReport} />
      </TemplatesProvider>
    </FluentProvider>,
  );
}

describe("the Laporan Pimpinan section", () => {
  it("sends the core's report to the workbook and says which sheet it added", async () => {
    const insert = jest.fn<ReturnType<InsertLeaderReport>, Parameters<InsertLeaderReport>>(async () => ({ sheetName: "Laporan Pimpinan (2)", syncs: 2 }));
    renderView(template(levels), insert);
    fireEvent.click(await screen.findByRole("button", { name: "Buat lembar Laporan Pimpinan" }));
    await screen.findByText(/Lembar "Laporan Pimpinan \(2\)" ditambahkan/);
    const expected = leaderReport({
      framework: spbe, practice: "exact", levels: levels.map((l) => l * 100), lastYear: lastYear.map((l) => l * 100),
      pic: spbe.indicators.map((_, i) => (i % 2 ? "Bappeda" : "Diskominfo")),
    });
    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0][0]).toEqual({ report: expected, language: "id", instansi: "Pemerintah Kab. Contoh", year: undefined });
    expect(screen.getByText(/ditandai SIMULASI/)).toBeTruthy();
  });

  it("is not offered while a level is blank, and says why", async () => {
    const insert = jest.fn(async () => ({ sheetName: "x", syncs: 2 }));
    renderView(template(levels.map((l, i) => (i === 4 ? "" : l))), insert);
    await waitFor(() => expect((screen.getByRole("button", { name: "Buat lembar Laporan Pimpinan" }) as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getByText("Laporan Pimpinan dibuat setelah semua tingkat terisi dan valid.")).toBeTruthy();
    expect(insert).not.toHaveBeenCalled();
  });

  it("shows a workbook failure in words, keeping the summary", async () => {
    renderView(template(levels), async () => {
      throw new Error("The workbook is busy");
    });
    fireEvent.click(await screen.findByRole("button", { name: "Buat lembar Laporan Pimpinan" }));
    await screen.findByText("Laporan Pimpinan tidak dapat dibuat");
    expect(screen.getByRole("heading", { name: "Aspek terhadap target" })).toBeTruthy();
  });
});

describe("last year's marks on the bars", () => {
  it("gives each aspect last year's index, from the core, in its text", async () => {
    const summary = summarizeTemplate(template(levels)).summary!;
    summary.aspects.forEach((part, i) => expect(part.lastYear).toEqual(aspectIndex(spbe, lastYear.map((l) => l * 100), spbe.aspects[i])));
    renderView(template(levels), async () => ({ sheetName: "x", syncs: 2 }));
    const first = formatHundredths(roundHalfUpToHundredths(summary.aspects[0].lastYear!), "id");
    expect((await screen.findAllByText(new RegExp(`tahun lalu ${first}`))).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Segitiga: tahun lalu\./).length).toBeGreaterThan(0);
  });

  it("has no last-year value while one indicator lacks last year's level", () => {
    const raw = template(levels);
    const partial = { ...raw, cells: { ...raw.cells, SPBE_LAST_YEAR: column("N", lastYear.map((l, i) => (i === 0 ? "" : l))) } };
    expect(summarizeTemplate(partial).summary!.aspects.every((a) => a.lastYear === null)).toBe(true);
  });
});
