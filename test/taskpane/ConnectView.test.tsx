/** @jest-environment jsdom */
/**
 * The Hubungkan view wired to the real src/excel/connectTable.ts on the fake Office host: an analyst's own table is
 * read, described, its columns changed, and the formula block written only where the user agreed, with the names
 * that Ringkasan then reads (issue 10, part 3).
 */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ConnectView } from "../../src/taskpane/components/ConnectView";
import { occupiedBlockCells, readSelectedCell, readTableSource, writeConnection } from "../../src/excel/connectTable";
import { readTemplates } from "../../src/excel/readTemplates";
import { summarizeTemplate } from "../../src/taskpane/summaryModel";
import { ratioToNumber } from "../../src/core";
import { connectBlock } from "../../src/template/connectBlock";
import { SPBE_59_2020 } from "../../src/core/frameworks";
import { vectors } from "../fixtures/vectors";
import { installFakeOffice, type FakeExcelState } from "./fakeHost";

const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;
const actions = { readTableSource, readSelectedCell, occupiedBlockCells, writeConnection };

/** A monitoring table: title, header, a heading, indicator 18 last, indicator 5 twice, TOTAL; optional 2nd level column. */
function monitoringCells(levels: readonly number[], second?: readonly number[]): Record<string, unknown> {
  const cells: Record<string, unknown> = { A1: "Monitoring Evaluasi SPBE", A3: "No", B3: "Indikator", C3: "Tingkat Mandiri" };
  if (second) cells.D3 = "Nilai Evaluasi";
  let row = 4;
  cells[`B${row++}`] = "Domain 1 Kebijakan Internal SPBE";
  const order = [...levels.keys()].filter((i) => i !== 17).concat([17]);
  const put = (i: number) => {
    cells[`A${row}`] = row - 4;
    cells[`B${row}`] = `Indikator ${i + 1} : nama`;
    cells[`C${row}`] = levels[i];
    if (second) cells[`D${row}`] = second[i];
    row++;
  };
  for (const i of order) {
    put(i);
    if (i === 4) put(i);
  }
  cells[`B${row}`] = "TOTAL";
  return cells;
}

function setup(cells: Record<string, unknown>, extra: Record<string, unknown> = {}): FakeExcelState {
  const state = installFakeOffice(globalThis, { sheets: [{ name: "Rekap", cells }, { name: "Ringkasan", cells: extra }] });
  state.selection = { sheet: "Rekap", ref: "A1" };
  return state;
}

function renderView(language: "id" | "en" = "id") {
  render(
    <FluentProvider theme={webLightTheme}>
      <ConnectView language={language} actions={actions} />
    </FluentProvider>,
  );
}

describe("Hubungkan (Connect) view", () => {
  it("reads the sheet of the selected cell and says what it recognised", async () => {
    const state = setup(monitoringCells(kominfo.levels));
    renderView();
    fireEvent.click(screen.getByRole("button", { name: "Baca tabel terpilih" }));
    expect(await screen.findByText("47 dari 47 indikator ditemukan")).toBeTruthy();
    expect(screen.getByText(/Indeks 4,75 \(nilai tepat 4,745\)/)).toBeTruthy();
    const facts = screen.getByRole("list", { name: "47 dari 47 indikator ditemukan" });
    expect(within(facts).getByText("Indeks SPBE · PermenPANRB 59/2020 (dari kunci indikator)")).toBeTruthy();
    expect(within(facts).getByText("Kunci indikator: 'Rekap'!$B$1:$B$53 · Tingkat: 'Rekap'!$C$1:$C$53")).toBeTruthy();
    // Title, header, the domain heading and TOTAL (row 2 is empty and not part of the used range's values).
    expect(within(facts).getByText(/baris tanpa kunci indikator dilewati .*baris 1, 2, 3, 4, 53\./)).toBeTruthy();
    expect(within(facts).getByText(/lebih dari satu baris .*: 5\./)).toBeTruthy();
    // Reading the table is a constant number of syncs, and writes nothing.
    expect(state.syncs).toBe(3);
    expect(state.writes).toEqual([]);
  });

  it("asks for the level column when two could hold levels, and reads the one chosen", async () => {
    setup(monitoringCells(kominfo.levels, kominfo.levels.map((l) => Math.max(1, l - 1))));
    renderView("en");
    fireEvent.click(screen.getByRole("button", { name: "Read the selected table" }));
    expect(await screen.findByText("More than one column could hold the levels. Choose the level column below.")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Level column" }), { target: { value: "2" } });
    expect(await screen.findByText("47 of 47 indicators found")).toBeTruthy();
    expect(screen.getByText(/Index 4\.75 \(exact value 4\.745\)/)).toBeTruthy();
  });

  it("writes the block only after confirming the cells that hold something, records the names, and Ringkasan reads them", async () => {
    const state = setup(monitoringCells(kominfo.levels), { I4: "catatan saya" });
    renderView();
    fireEvent.click(screen.getByRole("button", { name: "Baca tabel terpilih" }));
    await screen.findByText("47 dari 47 indikator ditemukan");
    state.selection = { sheet: "Ringkasan", ref: "H2" };

    fireEvent.click(screen.getByRole("button", { name: "Tulis rumus di sel terpilih" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/'Ringkasan'!I4\. Tabel Anda sendiri tidak diubah\./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Batal, pilih sel lain" }));
    expect(state.writes).toEqual([]);
    expect(state.getCell("Ringkasan", "I4")).toBe("catatan saya");

    fireEvent.click(screen.getByRole("button", { name: "Tulis rumus di sel terpilih" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Timpa sel ini" }));
    expect(await screen.findByText("Rumus ditulis")).toBeTruthy();

    // Nothing of the user's own table was written; the block went where the layout says.
    expect(state.writes.every((w) => w.sheet === "Ringkasan")).toBe(true);
    const block = connectBlock({ framework: SPBE_59_2020, keyRange: "", levelRange: "", language: "id" }, { row: 1, column: 7 });
    const formulaAt = (address: string) => state.writes.filter((w) => w.address === address).pop()?.value;
    expect(formulaAt("I2")).toBe('="59/2020"');
    expect(formulaAt("I3")).toBe("=SPBE.INDEX('Rekap'!$C$1:$C$53,$I$2,FALSE,'Rekap'!$B$1:$B$53)");
    expect(formulaAt("I5")).toBe("=SPBE.CATEGORY($I$3,$I$2)");
    expect(formulaAt(`H${2 + block.cells.length - 1}`)).toBe(`=SPBE.SCORES('Rekap'!$C$1:$C$53,$I$2,"id",'Rekap'!$B$1:$B$53)`);
    const rekap = state.sheets.find((s) => s.name === "Rekap")!;
    expect(rekap.names.map((n) => n.name).sort()).toEqual(["SPBE_TABLE_FRAMEWORK", "SPBE_TABLE_KEYS", "SPBE_TABLE_LEVELS"]);

    // Ringkasan reads the connected table by its keys, as a table (not a unit template).
    const entries = (await readTemplates()).map(summarizeTemplate);
    const table = entries.find((e) => e.kind === "table")!;
    expect(table.sheetName).toBe("Rekap");
    expect(ratioToNumber(table.summary!.index)).toBe(4.745);
    expect(table.summary!.emptyIndicatorNos).toEqual([]);
  });

  it("refuses to write when a cell of the block was filled after the check, and names it", async () => {
    const state = setup(monitoringCells(kominfo.levels));
    renderView("en");
    fireEvent.click(screen.getByRole("button", { name: "Read the selected table" }));
    await screen.findByText("47 of 47 indicators found");
    state.selection = { sheet: "Ringkasan", ref: "A1" };
    const anchor = await readSelectedCell();
    state.setCell("Ringkasan", "B3", "typed meanwhile");
    const input = { framework: SPBE_59_2020, keyRange: "'Rekap'!$B$1:$B$53", levelRange: "'Rekap'!$C$1:$C$53", language: "en" as const, tableSheet: "Rekap" };
    await expect(writeConnection(input, anchor, [])).rejects.toMatchObject({ name: "CellsChangedError", operation: "connect", cells: ["'Ringkasan'!B3"] });
    expect(state.getCell("Ringkasan", "B3")).toBe("typed meanwhile");
    expect(state.writes).toEqual([]);
  });
});
