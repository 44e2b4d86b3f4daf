/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { PaneActions } from "../../src/taskpane/actions";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/language";

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
    fireEvent.change(screen.getByRole("textbox", { name: /^Instansi/ }), { target: { value: "Kab. Pacitan" } });
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    expect(screen.queryByRole("textbox", { name: /^Instansi/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    fireEvent.click(screen.getByRole("tab", { name: "Template" }));
    expect(screen.getByRole("textbox", { name: /^Agency/ })).toHaveProperty("value", "Kab. Pacitan");
    await screen.findAllByText("This workbook has no evaluation template yet");
  });
});
