/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplateForm } from "../../src/taskpane/components/TemplateForm";
import type { InsertTemplate } from "../../src/taskpane/actions";
import type { Language } from "../../src/taskpane/language";

/** The form as it opens on a day of 2025 (59/2020 offered first), unless another day is given. */
function renderForm(insertTemplate?: InsertTemplate, language: Language = "id", today = new Date(2025, 5, 1)) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplateForm language={language} insertTemplate={insertTemplate} today={today} />
    </FluentProvider>,
  );
}

describe("TemplateForm", () => {
  it("generates a template with the options typed and reports the new sheets", async () => {
    const insert = jest.fn<ReturnType<InsertTemplate>, Parameters<InsertTemplate>>().mockResolvedValue({ sheetNames: ["Penilaian 2025", "Referensi"], syncs: 3 });
    renderForm(insert);
    fireEvent.change(screen.getByRole("textbox", { name: "Tahun evaluasi" }), { target: { value: "2025" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Instansi/ }), { target: { value: "Pemerintah Kab. Pacitan" } });
    fireEvent.click(screen.getByRole("radio", { name: "Inggris (English)" }));
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    expect(await screen.findByText("Template dibuat")).toBeTruthy();
    expect(screen.getByText(/Lembar baru: Penilaian 2025, Referensi\. Isi tingkat setiap indikator di lembar Penilaian 2025\./)).toBeTruthy();
    expect(insert).toHaveBeenCalledWith({ framework: "59/2020", language: "en", instansi: "Pemerintah Kab. Pacitan", year: 2025, evidence: false });
  });

  it("offers the framework of today's year first: 8/2026 in 2026, with its Bukti Dukung sheet", async () => {
    const insert = jest.fn<ReturnType<InsertTemplate>, Parameters<InsertTemplate>>().mockResolvedValue({ sheetNames: ["Kertas Kerja"], syncs: 2 });
    renderForm(insert, "id", new Date(2026, 11, 7));
    expect((screen.getByRole("combobox", { name: "Kerangka" }) as HTMLSelectElement).value).toBe("8/2026");
    expect((screen.getByRole("checkbox", { name: "Sertakan lembar Bukti Dukung" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    await waitFor(() => expect(insert).toHaveBeenCalledWith({ framework: "8/2026", language: "id", evidence: true }));
  });

  it("ticks the Bukti Dukung sheet for the Pemdi Index by default, and leaves it to the user's choice once touched", async () => {
    const insert = jest.fn<ReturnType<InsertTemplate>, Parameters<InsertTemplate>>().mockResolvedValue({ sheetNames: ["Kertas Kerja"], syncs: 2 });
    renderForm(insert);
    const box = () => screen.getByRole("checkbox", { name: "Sertakan lembar Bukti Dukung" }) as HTMLInputElement;
    expect(box().checked).toBe(false);
    fireEvent.change(screen.getByRole("combobox", { name: "Kerangka" }), { target: { value: "8/2026" } });
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    expect(box().checked).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    await screen.findByText("Template dibuat");
    expect(insert).toHaveBeenLastCalledWith({ framework: "8/2026", language: "id", evidence: false });
    fireEvent.change(screen.getByRole("combobox", { name: "Kerangka" }), { target: { value: "59/2020" } });
    fireEvent.click(box());
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    await waitFor(() => expect(insert).toHaveBeenLastCalledWith({ framework: "59/2020", language: "id", evidence: true }));
  });

  it("chooses the framework from the year", async () => {
    const insert = jest.fn<ReturnType<InsertTemplate>, Parameters<InsertTemplate>>().mockResolvedValue({ sheetNames: ["Pemdi 2026"], syncs: 3 });
    renderForm(insert);
    fireEvent.change(screen.getByRole("combobox", { name: "Kerangka" }), { target: { value: "year" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Tahun evaluasi/ }), { target: { value: "2026" } });
    expect(screen.getByText("Tahun ini memakai PermenPANRB 8/2026.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    await screen.findByText("Template dibuat");
    expect(insert).toHaveBeenCalledWith({ framework: "8/2026", language: "id", year: 2026, evidence: true });
  });

  it.each([
    ["", "Isi tahun evaluasi untuk memilih kerangka."],
    ["20x5", "Tahun harus bilangan bulat dari 2018 sampai 2100."],
    ["2017", "Tahun harus bilangan bulat dari 2018 sampai 2100."],
  ])("refuses the year %j with a message on the field", (year, message) => {
    const insert = jest.fn();
    renderForm(insert);
    fireEvent.change(screen.getByRole("combobox", { name: "Kerangka" }), { target: { value: "year" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Tahun evaluasi/ }), { target: { value: year } });
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    expect(screen.getByRole("alert").textContent).toBe(message);
    expect(screen.getByRole("textbox", { name: /Tahun evaluasi/ }).getAttribute("aria-invalid")).toBe("true");
    expect(insert).not.toHaveBeenCalled();
  });

  it("warns, without blocking, when the year belongs to another framework", () => {
    renderForm(jest.fn());
    fireEvent.change(screen.getByRole("textbox", { name: "Tahun evaluasi" }), { target: { value: "2026" } });
    expect(screen.getByText(/Tahun 2026 tidak dinilai dengan PermenPANRB 59\/2020/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat template" })).toHaveProperty("disabled", false);
  });

  it("shows Excel's error with code and location and keeps what was typed", async () => {
    const error = Object.assign(new Error("This operation is not permitted"), {
      code: "InvalidOperation",
      debugInfo: { errorLocation: "WorksheetCollection.add" },
    });
    renderForm(jest.fn().mockRejectedValue(error), "en");
    fireEvent.change(screen.getByRole("textbox", { name: /^Agency/ }), { target: { value: "Kota Denpasar" } });
    fireEvent.click(screen.getByRole("button", { name: "Generate template" }));
    expect(await screen.findByText("Template not generated")).toBeTruthy();
    expect(screen.getByText("This operation is not permitted (code: InvalidOperation; location: WorksheetCollection.add)")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /^Agency/ })).toHaveProperty("value", "Kota Denpasar");
  });

  it("shows progress while the template is generated", async () => {
    let finish: (v: { sheetNames: string[]; syncs: number }) => void = () => undefined;
    renderForm(() => new Promise((resolve) => (finish = resolve)));
    fireEvent.click(screen.getByRole("button", { name: "Buat template" }));
    expect(screen.getByRole("progressbar", { name: "Membuat template…" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat template" })).toHaveProperty("disabled", true);
    finish({ sheetNames: ["Penilaian"], syncs: 3 });
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });

  it("says so when this build cannot generate templates", () => {
    renderForm(undefined);
    expect(screen.getByText("Pembuatan template belum tersedia di versi add-in ini.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Buat template" })).toHaveProperty("disabled", true);
  });
});
