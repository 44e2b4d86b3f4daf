/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { UnitsView } from "../../src/taskpane/components/UnitsView";
import { TemplatesProvider } from "../../src/taskpane/templatesContext";
import { readTemplates } from "../../src/excel/readTemplates";
import { readMergeSources } from "../../src/excel/readMergeSources";
import { writeMerge } from "../../src/excel/writeMerge";
import type { CreateUnitWorkbook, WriteMerge } from "../../src/taskpane/actions";
import type { Language } from "../../src/taskpane/language";
import { installFakeOffice, templateWorkbook, type FakeExcelState, type TemplateSpec } from "./fakeHost";

const N = 47;
const column = (values: Record<number, string | number>) => Array.from({ length: N }, (_, i) => values[i + 1] ?? null);
const PIC = column({ 1: "Bappeda", 2: "Bappeda; Inspektorat", 3: "Inspektorat", 4: "Bappeda" });

const SHEETS: TemplateSpec[] = [
  { sheet: "Kertas Kerja", levels: column({}), pic: PIC, instansi: "Kab. Contoh", year: 2025 },
  { sheet: "Bappeda", unit: "Bappeda", levels: column({ 1: 3, 2: 2 }), pic: PIC, evidence: column({ 1: "renstra.pdf" }) },
  { sheet: "Inspektorat", unit: "Inspektorat", levels: column({ 2: 4, 3: 2.5 }), pic: PIC },
];

let state: FakeExcelState;

function renderView(write: WriteMerge, language: Language = "id") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesProvider readTemplates={readTemplates}>
        <UnitsView language={language} readMergeSources={readMergeSources} writeMerge={write} />
      </TemplatesProvider>
    </FluentProvider>,
  );
}

async function reviewAll(reviewName = "Periksa") {
  await screen.findByRole("checkbox", { name: /^Inspektorat/ });
  fireEvent.click(screen.getByRole("button", { name: reviewName }));
}

beforeEach(() => {
  state = installFakeOffice(globalThis, templateWorkbook(SHEETS));
});

describe("UnitsView", () => {
  it("ticks only the coordinator's own unit sheets by default and says in plain words why the others are not", async () => {
    state = installFakeOffice(globalThis, templateWorkbook([
      ...SHEETS,
      { sheet: "Pemdi 2026", framework: "8/2026", levels: new Array(20).fill(null) },
      { sheet: "Kab Lain", instansi: "Kab. Lain", levels: column({}) },
    ]));
    renderView(jest.fn());
    await screen.findByRole("checkbox", { name: /^Inspektorat/ });
    const group = screen.getByRole("group", { name: "Lembar unit yang digabungkan" });
    expect(within(group).getAllByRole("checkbox").map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, false, false]);
    expect(within(group).getByText(/Tidak dicentang: template kerangka lain \(8\/2026\)/)).toBeTruthy();
    expect(within(group).getByText(/Tidak dicentang: milik instansi lain \(Kab\. Lain\)/)).toBeTruthy();
    // The user may still tick one.
    const other = within(group).getAllByRole("checkbox")[3] as HTMLInputElement;
    fireEvent.click(other);
    expect(other.checked).toBe(true);
  });

  it("shows per unit what is empty, the changes and the conflicts side by side, writing nothing", async () => {
    const write = jest.fn();
    renderView(write);
    expect((await screen.findByRole("combobox", { name: "Template koordinator" })) as HTMLSelectElement).toHaveProperty("value", "workbook");
    const group = screen.getByRole("group", { name: "Lembar unit yang digabungkan" });
    expect(within(group).getAllByRole("checkbox").map((c) => (c as HTMLInputElement).checked)).toEqual([true, true]);
    await reviewAll();

    const completeness = await screen.findByRole("list", { name: "Kelengkapan per unit" });
    const units = within(completeness).getAllByRole("listitem").map((li) => li.textContent);
    expect(units[0]).toBe("Bappeda: 2 dari 3 indikator terisiBelum diisi: 4. Lembar: Bappeda.");
    expect(units[1]).toBe("Inspektorat: 2 dari 2 indikator terisiSemua indikatornya terisi. Lembar: Inspektorat.");

    const changes = screen.getByRole("list", { name: "Perubahan yang akan digabungkan (3)" });
    expect(within(changes).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Indikator 1 · Tingkat(kosong) → 3 (dari Bappeda, lembar Bappeda)",
      "Indikator 1 · Data dukung(kosong) → renstra.pdf (dari Bappeda, lembar Bappeda)",
      "Indikator 3 · Tingkat(kosong) → 2,5 (dari Inspektorat, lembar Inspektorat)",
    ]);

    expect(screen.getByRole("heading", { name: "Konflik, tidak digabungkan (1)" })).toBeTruthy();
    const conflict = screen.getByRole("table", { name: "Indikator 2 · Tingkat: unit yang ditugaskan menjawab berbeda" });
    const rows = within(conflict).getAllByRole("row").slice(1).map((r) => [...r.children].map((c) => `${c.tagName === "TH" ? "th" : "td"}:${c.textContent}`));
    expect(rows).toEqual([
      ["th:Koordinator (tetap)", "td:(kosong)"],
      ["th:Bappeda, lembar Bappeda", "td:2"],
      ["th:Inspektorat, lembar Inspektorat", "td:4"],
    ]);
    expect(write).not.toHaveBeenCalled();
    expect(state.writes).toEqual([]);
  });

  it("writes the merge and the log only after confirmation", async () => {
    const write = jest.fn<ReturnType<WriteMerge>, Parameters<WriteMerge>>((cells, log) => writeMerge(cells, log));
    renderView(write);
    await reviewAll();
    fireEvent.click(await screen.findByRole("button", { name: "Gabungkan 3 perubahan" }));
    const dialog = await screen.findByRole("dialog", { name: "Gabungkan jawaban unit?" });
    expect(dialog.textContent).toContain("3 sel di lembar Kertas Kerja");
    expect(write).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole("button", { name: "Gabungkan" }));
    expect(await screen.findByText("3 sel ditulis di lembar Kertas Kerja. Log perubahan dan 1 konflik yang belum diputuskan: lembar Log Penggabungan.")).toBeTruthy();
    expect(write).toHaveBeenCalledTimes(1);
    expect(state.getCell("Kertas Kerja", "E6")).toBe(3);
    expect(state.getCell("Kertas Kerja", "E8")).toBe(2.5);
    expect(state.getCell("Kertas Kerja", "I6")).toBe("renstra.pdf");
    expect(state.getCell("Kertas Kerja", "E7")).toBeUndefined();
    expect(state.getCell("Log Penggabungan", "D2")).toBe("Nilai lama");
  });

  it("lets the coordinator take one unit's answer for a conflict row, writes it and logs it as a decision", async () => {
    const write = jest.fn<ReturnType<WriteMerge>, Parameters<WriteMerge>>((cells, log) => writeMerge(cells, log));
    renderView(write);
    await reviewAll();
    const decision = await screen.findByRole("radiogroup", { name: "Keputusan untuk Indikator 2 · Tingkat" });
    expect((within(decision).getByRole("radio", { name: "Pertahankan nilai koordinator" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(decision).getByRole("radio", { name: /^Ambil 4 dari Inspektorat/ }));
    fireEvent.click(await screen.findByRole("button", { name: "Gabungkan 4 perubahan" }));
    const dialog = await screen.findByRole("dialog", { name: "Gabungkan jawaban unit?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Gabungkan" }));
    await screen.findByText(/^4 sel ditulis di lembar Kertas Kerja\./);
    expect(state.getCell("Kertas Kerja", "E7")).toBe(4);
    // The log says the value came from the coordinator's decision.
    const logCells = Array.from({ length: 12 }, (_, r) => state.getCell("Log Penggabungan", `G${r + 1}`));
    expect(logCells.some((v) => typeof v === "string" && v.includes("keputusan koordinator atas konflik"))).toBe(true);
  });

  it("writes nothing when the user cancels", async () => {
    const write = jest.fn();
    renderView(write);
    await reviewAll();
    fireEvent.click(await screen.findByRole("button", { name: "Gabungkan 3 perubahan" }));
    fireEvent.click(await screen.findByRole("button", { name: "Batal" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(write).not.toHaveBeenCalled();
  });

  it("asks for a unit sheet when none is ticked", async () => {
    const read = jest.fn(readMergeSources);
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplatesProvider readTemplates={readTemplates}>
          <UnitsView language="id" readMergeSources={read} writeMerge={jest.fn()} />
        </TemplatesProvider>
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole("checkbox", { name: /^Bappeda/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /^Inspektorat/ }));
    fireEvent.click(screen.getByRole("button", { name: "Periksa" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Pilih sedikitnya satu lembar unit.");
    expect(read).not.toHaveBeenCalled();
  });

  it("shows Excel's refusal to write and keeps the review", async () => {
    const error = Object.assign(new Error("The sheet is protected"), { code: "AccessDenied", debugInfo: { errorLocation: "Range.values" } });
    renderView(jest.fn().mockRejectedValue(error), "en");
    await reviewAll("Review");
    fireEvent.click(await screen.findByRole("button", { name: "Merge 3 changes" }));
    fireEvent.click(await screen.findByRole("button", { name: "Merge" }));
    expect(await screen.findByText("The sheet is protected (code: AccessDenied; location: Range.values)")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Changes to merge (3)" })).toBeTruthy();
  });

  it("says a cell changed since the review, in the user's language", async () => {
    renderView(writeMerge, "en");
    await reviewAll("Review");
    await screen.findByRole("button", { name: "Merge 3 changes" });
    state.setCell("Kertas Kerja", "E8", 1);
    fireEvent.click(screen.getByRole("button", { name: "Merge 3 changes" }));
    fireEvent.click(await screen.findByRole("button", { name: "Merge" }));
    expect(await screen.findByText("Cells 'Kertas Kerja'!E8 changed since the review; nothing was written. Press Review again.")).toBeTruthy();
    expect(state.getCell("Kertas Kerja", "E6")).toBeUndefined();
  });

  it("points to spbe split for sending the template out", async () => {
    renderView(jest.fn());
    await screen.findByRole("combobox", { name: "Template koordinator" });
    expect(screen.getByRole("heading", { name: "Membagi template ke unit" })).toBeTruthy();
    expect(screen.getByText(/^spbe split /)).toBeTruthy();
  });

  it("lists the units of the coordinator's template and makes one unit's file on request", async () => {
    const create = jest.fn<ReturnType<CreateUnitWorkbook>, Parameters<CreateUnitWorkbook>>().mockResolvedValue({ fileName: "bappeda.xlsx" });
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplatesProvider readTemplates={readTemplates}>
          <UnitsView language="id" readMergeSources={readMergeSources} writeMerge={jest.fn()} createUnitWorkbook={create} />
        </TemplatesProvider>
      </FluentProvider>,
    );
    await screen.findByRole("combobox", { name: "Template koordinator" });
    expect(screen.getByRole("heading", { name: "Buat berkas unit" })).toBeTruthy();
    // A date input: the webview's picker gives "2026-03-31"; no free text reaches the unit files.
    const deadline = screen.getByLabelText(/^Batas waktu/) as HTMLInputElement;
    expect(deadline.type).toBe("date");
    fireEvent.change(deadline, { target: { value: "2026-03-31" } });
    fireEvent.click(screen.getByRole("button", { name: "Tampilkan unit" }));
    const list = await screen.findByRole("list", { name: "Unit dan indikatornya" });
    expect(within(list).getAllByRole("listitem").map((li) => li.firstChild?.textContent)).toEqual(["Bappeda", "Inspektorat"]);
    expect(within(list).getByText("3 indikator: 1, 2, 4")).toBeTruthy();
    expect(screen.getByText(/^Indikator tanpa PIC, tidak dikirim ke unit mana pun: 5-47\.$/)).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Buat berkas unit Bappeda" }));
    expect(await screen.findByText("Dibuka sebagai buku kerja baru; simpan sebagai bappeda.xlsx.")).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
    const [source, unit, options] = create.mock.calls[0];
    expect(source.framework.id).toBe("59/2020");
    expect(unit).toMatchObject({ unit: "Bappeda", indicators: [1, 2, 4] });
    expect(options).toEqual({ language: "id", deadline: "2026-03-31" });
    expect(state.writes).toEqual([]);
  });

  it("shows Excel's refusal to open the unit workbook on that unit", async () => {
    const error = Object.assign(new Error("Not supported"), { code: "ApiNotFound", debugInfo: {} });
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplatesProvider readTemplates={readTemplates}>
          <UnitsView language="en" readMergeSources={readMergeSources} writeMerge={jest.fn()} createUnitWorkbook={jest.fn().mockRejectedValue(error)} />
        </TemplatesProvider>
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "Show units" }));
    fireEvent.click(await screen.findByRole("button", { name: "Make file for unit Inspektorat" }));
    expect(await screen.findByText("Not supported (code: ApiNotFound)")).toBeTruthy();
  });
});
