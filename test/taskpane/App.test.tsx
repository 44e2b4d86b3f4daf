/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { PaneActions } from "../../src/taskpane/actions";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/language";
import { CHANGE_DEBOUNCE_MS } from "../../src/taskpane/useTemplates";
import { readTemplates } from "../../src/excel/readTemplates";
import { subscribeToWorkbookChanges } from "../../src/excel/workbookChanges";
import { vectors } from "../fixtures/vectors";
import { installFakeOffice, templateWorkbook } from "./fakeHost";

const actions: PaneActions = {
  readTemplates: async () => [],
  insertFormula: async () => "Sheet1!A1",
  writeTargets: async () => "Sheet1!F6:F52",
  readMergeSources: async () => [],
  writeMerge: async () => ({ logSheet: "Log Penggabungan", written: 0, syncs: 2 }),
  connect: {
    readTableSource: async () => ({ sheet: "Sheet1", row: 0, column: 0, values: [], truncated: false }),
    readSelectedCell: async () => ({ sheet: "Sheet1", row: 0, column: 0, address: "Sheet1!A1" }),
    occupiedBlockCells: async () => [],
    writeConnection: async () => "Sheet1!A1:F22",
  },
};

beforeEach(() => localStorage.clear());

describe("App", () => {
  it("explains what it is and how to install it when there is no Excel host", () => {
    render(<App />);
    expect(screen.getByRole("heading", { name: "SPBE & Pemdi untuk Excel" })).toBeTruthy();
    expect(screen.getByText(/Sisipkan > Add-in > Unggah Add-in Saya/)).toBeTruthy();
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("starts in Indonesian and switches to English, remembering the choice for the functions", async () => {
    render(<App actions={actions} />);
    expect(screen.getByRole("tab", { name: "Ringkasan" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Summary" })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect((await screen.findAllByText("This workbook has no evaluation template yet")).length).toBeGreaterThan(0);
  });

  it("opens in the stored language", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "en");
    render(<App actions={actions} />);
    expect(screen.getByRole("tab", { name: "Functions" })).toBeTruthy();
    expect((await screen.findAllByText("This workbook has no evaluation template yet")).length).toBeGreaterThan(0);
  });

  it("keeps what was typed in the template form across views and languages", async () => {
    render(<App actions={actions} />);
    fireEvent.click(screen.getByRole("tab", { name: "Template" }));
    // A view's code loads on its first visit.
    fireEvent.change(await screen.findByRole("textbox", { name: /^Instansi/ }), { target: { value: "Kab. Pacitan" } });
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    expect(screen.queryByRole("textbox", { name: /^Instansi/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    fireEvent.click(screen.getByRole("tab", { name: "Template" }));
    expect(screen.getByRole("textbox", { name: /^Agency/ })).toHaveProperty("value", "Kab. Pacitan");
    await screen.findAllByText("This workbook has no evaluation template yet");
  });

  it("reads the workbook once on opening and once per change, for every view that shows templates", async () => {
    const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;
    const host = installFakeOffice(globalThis, templateWorkbook([{ sheet: "Penilaian", levels: kominfo.levels, instansi: "Kominfo" }]));
    const read = jest.fn(readTemplates);
    render(<App actions={{ ...actions, readTemplates: read, subscribeToChanges: subscribeToWorkbookChanges }} />);
    expect((await screen.findByTestId("index-rounded")).textContent).toBe("4,75");
    // Ringkasan, Rencana and Unit/OPD all show the template of that one read (a view is mounted on its first visit).
    fireEvent.click(screen.getByRole("tab", { name: "Rencana" }));
    fireEvent.click(screen.getByRole("tab", { name: "Unit/OPD" }));
    fireEvent.click(screen.getByRole("tab", { name: "Ringkasan" }));
    await waitFor(() => expect(screen.getAllByRole("combobox", { name: "Template", hidden: true })).toHaveLength(2));
    expect(screen.getByRole("combobox", { name: "Template koordinator", hidden: true })).toBeTruthy();
    expect(read).toHaveBeenCalledTimes(1);

    const runsBefore = host.runs;
    act(() => host.setCell("Penilaian", "E6", 1));
    await waitFor(() => expect(screen.getByTestId("index-rounded").textContent).not.toBe("4,75"), { timeout: 4 * CHANGE_DEBOUNCE_MS });
    // Give any other reader the time to fire before counting.
    await act(() => new Promise((resolve) => setTimeout(resolve, 2 * CHANGE_DEBOUNCE_MS)));
    expect(read).toHaveBeenCalledTimes(2);
    expect(host.runs - runsBefore).toBe(1); // readTemplates is one Excel.run
  });

  it("shows a read made before its first render in that render, without reading again on mounting", async () => {
    const kominfo = vectors.spbe_59_2020_published.find((v) => v.exact_index === 4.745)!;
    installFakeOffice(globalThis, templateWorkbook([{ sheet: "Penilaian", levels: kominfo.levels, instansi: "Kominfo" }]));
    const first = await readTemplates();
    const read = jest.fn(readTemplates);
    render(<App actions={{ ...actions, readTemplates: read }} initialTemplates={first} />);
    // Synchronously, in the first render: no loading state in between.
    expect(screen.getByTestId("index-rounded").textContent).toBe("4,75");
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(read).not.toHaveBeenCalled();
    // Muat ulang still reads.
    fireEvent.click(screen.getByRole("button", { name: "Muat ulang" }));
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
  });
});
