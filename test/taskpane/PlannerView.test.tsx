/** @jest-environment jsdom */
import "./jsdomSetup";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PlannerView } from "../../src/taskpane/components/PlannerView";
import { TemplatesProvider } from "../../src/taskpane/templatesContext";
import type { RawTemplate } from "../../src/excel/readTemplates";
import type { WriteTargets } from "../../src/taskpane/actions";
import type { Language } from "../../src/taskpane/language";
import { vectors } from "../fixtures/vectors";
import { GROWING_EFFORT, getFramework, planToTarget } from "../../src/core";

const bovenDigoel = vectors.spbe_59_2020_published.find((v) => v.exact_index === 1.7995)!;

function raw(levels: unknown[], framework = "59/2020"): RawTemplate {
  return {
    key: "workbook",
    scope: "workbook",
    sheetName: "Penilaian",
    namesPresent: ["SPBE_LEVELS"],
    cells: {
      SPBE_FRAMEWORK: { address: "Penilaian!B2", values: [[framework]] },
      SPBE_LEVELS: { address: `Penilaian!E6:E${5 + levels.length}`, values: levels.map((l) => [l]) },
    },
  };
}

function renderPlanner(writeTargets: WriteTargets, language: Language = "id", template = raw(bovenDigoel.levels)) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesProvider readTemplates={async () => [template]}>
        <PlannerView language={language} writeTargets={writeTargets} />
      </TemplatesProvider>
    </FluentProvider>,
  );
}

async function planTo(target: string) {
  await screen.findByRole("combobox", { name: "Template" });
  fireEvent.change(screen.getByRole("textbox", { name: /^Target/ }), { target: { value: target } });
  fireEvent.click(screen.getByRole("button", { name: "Hitung rencana" }));
}

describe("PlannerView", () => {
  it("offers band steps for Pemdi values and plans to the next band's floor (1,26 -> 1,50)", async () => {
    const levels = [1.26, 1.5, 1.17, 1.3, 2, 2.5, 1, 1.26, 1.5, 1.17, 1.3, 2, 2.5, 1, 1.26, 1.5, 1.17, 1.3, 2, 2.5];
    renderPlanner(jest.fn(), "id", raw(levels, "8/2026"));
    await screen.findByRole("combobox", { name: "Template" });
    fireEvent.click(screen.getByRole("radio", { name: /batas bawah pita/ }));
    await planTo("Baik");
    const steps = await screen.findByRole("list", { name: "Indikator yang dinaikkan" });
    const texts = Array.from(steps.querySelectorAll("li")).map((li) => li.textContent ?? "");
    expect(texts.length).toBeGreaterThan(0);
    // Every planned value is a band floor: 1,50, 2,50, 3,50 or 4,00, never a whole 2 or 3.
    for (const t of texts) expect(t).toMatch(/→ (1,5|2,5|3,5|4)\b/);
  });

  it("leaves out the indicators the user locks (Pemdi's external ones by default), names each step's PIC, and refuses a bad list", async () => {
    const levels = new Array(20).fill(1);
    const template = raw(levels, "8/2026");
    template.cells.SPBE_PIC = { address: "Penilaian!J6:J25", values: levels.map((_, i) => [i % 2 === 0 ? "Bappeda" : "Diskominfo"]) };
    renderPlanner(jest.fn(), "id", template);
    await screen.findByRole("combobox", { name: "Template" });
    const lockedBox = screen.getByRole("textbox", { name: /^Jangan naikkan indikator/ }) as HTMLInputElement;
    expect(lockedBox.value).toBe("5, 6, 7, 18");
    await planTo("Baik");
    const steps = await screen.findByRole("list", { name: "Indikator yang dinaikkan" });
    const texts = Array.from(steps.querySelectorAll("li")).map((li) => li.textContent ?? "");
    expect(texts.some((t) => /^Indikator (5|6|7|18):/.test(t))).toBe(false);
    expect(texts.every((t) => / · PIC: (Bappeda|Diskominfo)$/.test(t))).toBe(true);
    fireEvent.change(lockedBox, { target: { value: "5, 99" } });
    fireEvent.click(screen.getByRole("button", { name: "Hitung rencana" }));
    expect(await screen.findByText(/Indikator "99" tidak ada dalam kerangka 8\/2026/)).toBeTruthy();
  });

  it("with growing effort plans as the core does when the step to level n weighs n", async () => {
    const levels = [1, 2, 3, 1, 1, 2, 4, 1, 1, 2, 1, 3, 1, 1, 2, 1, 1, 1, 2, 1];
    renderPlanner(jest.fn(), "id", raw(levels, "8/2026"));
    await screen.findByRole("combobox", { name: "Template" });
    fireEvent.change(screen.getByRole("textbox", { name: /^Jangan naikkan indikator/ }), { target: { value: "" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /upaya lebih besar/ }));
    await planTo("Sangat Baik");
    const steps = await screen.findByRole("list", { name: "Indikator yang dinaikkan" });
    const shown = Array.from(steps.querySelectorAll("li")).map((li) => Number(/^Indikator (\d+)/.exec(li.textContent ?? "")![1]));
    const pemdi = getFramework("8/2026");
    const growing = Object.fromEntries(pemdi.indicators.map((i) => [i.no, { effort: GROWING_EFFORT }]));
    const expected = planToTarget(pemdi, levels.map((l) => l * 100), "Sangat Baik", { indicators: growing });
    expect(shown).toEqual(expected.steps.map((st) => st.indicator.no));
    // And the choice matters here: with effort 1 per step the plan differs.
    expect(planToTarget(pemdi, levels.map((l) => l * 100), "Sangat Baik").steps.map((st) => st.indicator.no)).not.toEqual(shown);
  });

  it("keeps each capped indicator at or under its highest level, as the core plans it, and refuses a bad cap", async () => {
    const levels = [1, 2, 3, 1, 1, 2, 4, 1, 1, 2, 1, 3, 1, 1, 2, 1, 1, 1, 2, 1];
    renderPlanner(jest.fn(), "id", raw(levels, "8/2026"));
    await screen.findByRole("combobox", { name: "Template" });
    fireEvent.change(screen.getByRole("textbox", { name: /^Jangan naikkan indikator/ }), { target: { value: "" } });
    const caps = screen.getByRole("textbox", { name: /^Tingkat tertinggi per indikator/ });
    fireEvent.change(caps, { target: { value: "1:2, 4:2, 5:1" } });
    await planTo("Sangat Baik");
    const steps = await screen.findByRole("list", { name: "Indikator yang dinaikkan" });
    const shown = Array.from(steps.querySelectorAll("li")).map((li) => Number(/^Indikator (\d+)/.exec(li.textContent ?? "")![1]));
    const pemdi = getFramework("8/2026");
    const expected = planToTarget(pemdi, levels.map((l) => l * 100), "Sangat Baik", { indicators: { 1: { maxLevel: 2 }, 4: { maxLevel: 2 }, 5: { maxLevel: 1 } } });
    expect(shown).toEqual(expected.steps.map((st) => st.indicator.no));
    expect(expected.steps.every((st) => ![1, 4].includes(st.indicator.no) || st.to <= 200)).toBe(true);
    expect(shown).not.toContain(5);
    fireEvent.change(caps, { target: { value: "1:7" } });
    fireEvent.click(screen.getByRole("button", { name: "Hitung rencana" }));
    expect(await screen.findByText(/Batas "1:7" tidak dapat dibaca/)).toBeTruthy();
  });

  it("shows no step choice for a framework of whole levels", async () => {
    renderPlanner(jest.fn());
    await screen.findByRole("combobox", { name: "Template" });
    expect(screen.queryByRole("radio", { name: /batas bawah pita/ })).toBeNull();
  });

  it("plans the way to a predikat and shows the projected index", async () => {
    renderPlanner(jest.fn());
    await planTo("Baik");
    expect((await screen.findByTestId("plan-current")).textContent).toBe("1,80 · Kurang"); // exact 1,7995: Kurang under the 2024 practice
    expect(screen.getByTestId("plan-projected").textContent).toMatch(/^2,6\d · Baik$/);
    expect(screen.getByText(/^Naikkan \d+ indikator/)).toBeTruthy();
    expect(screen.getByText("Simulasi, bukan hasil resmi.")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Indikator yang dinaikkan" })).toBeTruthy();
  });

  it("writes the planned levels into the targets only after confirmation", async () => {
    const write = jest.fn<ReturnType<WriteTargets>, Parameters<WriteTargets>>().mockResolvedValue("Penilaian!F6:F52");
    renderPlanner(write);
    await planTo("2,6");
    fireEvent.click(await screen.findByRole("button", { name: "Tulis ke kolom Target" }));
    const dialog = await screen.findByRole("dialog", { name: "Tulis target ke template?" });
    expect(dialog.textContent).toContain("Tingkat penilaian tidak diubah.");
    expect(write).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Tulis target" }));
    expect(await screen.findByText("Tingkat rencana ditulis ke Penilaian!F6:F52.")).toBeTruthy();
    expect(write).toHaveBeenCalledTimes(1);
    const [template, levels] = write.mock.calls[0];
    expect(template).toMatchObject({ scope: "workbook", sheetName: "Penilaian" });
    expect(levels).toHaveLength(47);
    // Only raises: no planned level is below the current one.
    levels.forEach((l, i) => expect(l).toBeGreaterThanOrEqual(bovenDigoel.levels[i] * 100));
  });

  it.each([
    ["exact", "Cukup", /^Naikkan \d+ indikator/],
    // 1,7995 rounds to 1,80: under the 2023 practice "Cukup" is already reached.
    ["rounded", "Cukup", /^Target Cukup \(1,80\) sudah tercapai \(indeks 2 desimal, praktik 2023\)/],
  ])("follows the %s practice", async (practice, target, message) => {
    renderPlanner(jest.fn());
    await screen.findByRole("combobox", { name: "Template" });
    if (practice === "rounded") fireEvent.click(screen.getByRole("radio", { name: /praktik 2023/ }));
    await planTo(target);
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it("asks for a target when none is given", async () => {
    const write = jest.fn();
    renderPlanner(write);
    await planTo("");
    expect((await screen.findByRole("alert")).textContent).toBe("Isi target: indeks (mis. 2,60) atau predikat.");
    expect(screen.queryByTestId("plan-projected")).toBeNull();
  });

  it("writes nothing when the user cancels", async () => {
    const write = jest.fn();
    renderPlanner(write);
    await planTo("Baik");
    fireEvent.click(await screen.findByRole("button", { name: "Tulis ke kolom Target" }));
    fireEvent.click(await screen.findByRole("button", { name: "Batal" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(write).not.toHaveBeenCalled();
  });

  it("shows the core's message on the target field for a target it cannot use", async () => {
    renderPlanner(jest.fn());
    await planTo("Luar Biasa");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('Predikat "Luar Biasa" tidak ada dalam kerangka 59/2020');
    expect(screen.getByRole("textbox", { name: /^Target/ })).toHaveProperty("value", "Luar Biasa");
  });

  it("shows Excel's refusal to write and keeps the plan", async () => {
    const error = Object.assign(new Error("The sheet is protected"), { code: "AccessDenied", debugInfo: { errorLocation: "Range.values" } });
    renderPlanner(jest.fn().mockRejectedValue(error), "en");
    await screen.findByRole("combobox", { name: "Template" });
    fireEvent.change(screen.getByRole("textbox", { name: /^Target/ }), { target: { value: "Good" } });
    fireEvent.click(screen.getByRole("button", { name: "Compute the plan" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write to the Target column" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write targets" }));
    expect(await screen.findByText("The sheet is protected (code: AccessDenied; location: Range.values)")).toBeTruthy();
    expect(screen.getByTestId("plan-projected")).toBeTruthy();
  });
});
