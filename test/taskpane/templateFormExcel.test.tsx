/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplateForm } from "../../src/taskpane/components/TemplateForm";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { createFakeExcel } from "../fakes/fakeExcel";

/** The form wired to the real insertTemplate, on the strict recording fake of the template writer (test/fakes). */
describe("TemplateForm with insertTemplate on the strict fake Excel", () => {
  it.each([
    ["59/2020", "2025"],
    ["8/2026", "2026"],
  ])("generates a %s template into new sheets and names them in the success message", async (framework, year) => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "catatan" } }] });
    (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplateForm language="id" insertTemplate={insertTemplate} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Kerangka" }), { target: { value: framework } });
    fireEvent.change(screen.getByRole("textbox", { name: "Tahun evaluasi" }), { target: { value: year } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Instansi/ }), { target: { value: "Pemerintah Kab. Pacitan" } });
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    expect(await screen.findByText("Template dibuat")).toBeTruthy();

    const added = fake.workbook.sheets.filter((s) => !s.existing).map((s) => s.name);
    expect(added.length).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`Lembar baru: ${added.join(", ")}\\.`))).toBeTruthy();
    expect(fake.cell("Sheet1", "A1")?.value).toBe("catatan");
    expect([...fake.workbook.names.keys()]).toEqual(expect.arrayContaining(["SPBE_LEVELS", "SPBE_FRAMEWORK", "SPBE_TARGETS"]));
  });

  it("shows the fake Excel's refusal with its code and keeps the form", async () => {
    const fake = createFakeExcel({ failOnSync: 1 });
    (globalThis as unknown as { Excel: unknown }).Excel = fake.Excel;
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplateForm language="en" insertTemplate={insertTemplate} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole("textbox", { name: /^Agency/ }), { target: { value: "Kota Denpasar" } });
    fireEvent.click(screen.getByRole("button", { name: "Generate template" }));
    expect(await screen.findByText("Template not generated")).toBeTruthy();
    expect(screen.getByText(/\(code: \w+/)).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /^Agency/ })).toHaveProperty("value", "Kota Denpasar");
  });
});
