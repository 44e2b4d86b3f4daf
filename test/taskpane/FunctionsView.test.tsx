/** @jest-environment jsdom */
import "./jsdomSetup";
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FunctionsView } from "../../src/taskpane/components/FunctionsView";
import { FUNCTION_REFERENCE } from "../../src/taskpane/functionReference";

function declaredFunctions(): string[] {
  const dir = path.join(__dirname, "../../src/functions");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/@customfunction\s+([A-Z0-9_.]+)/g)].map((m) => m[1]));
}

describe("function reference", () => {
  it("covers every declared SPBE.* function and nothing else", () => {
    expect(FUNCTION_REFERENCE.map((f) => f.id).sort()).toEqual(declaredFunctions().sort());
  });

  it.each(FUNCTION_REFERENCE.map((f) => [f.id, f.example] as const))("%s has an en-US example calling it", (id, example) => {
    expect(example.startsWith(`=SPBE.${id}(`)).toBe(true);
    expect(example).not.toMatch(/;/);
  });
});

describe("FunctionsView", () => {
  it("writes the example into the selected cell and says where", async () => {
    const insert = jest.fn().mockResolvedValue("Sheet1!C3");
    render(
      <FluentProvider theme={webLightTheme}>
        <FunctionsView language="id" insertFormula={insert} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan contoh SPBE.WEIGHT ke sel terpilih" }));
    expect(await screen.findByText('Rumus =SPBE.WEIGHT(42, "59/2020") ditulis di Sheet1!C3.')).toBeTruthy();
    expect(insert).toHaveBeenCalledWith('=SPBE.WEIGHT(42, "59/2020")');
  });

  it("shows the examples as Indonesian Excel writes them, and still inserts the en-US formula", async () => {
    const insert = jest.fn().mockResolvedValue("Sheet1!C3");
    const readFormulaLocale = jest.fn().mockResolvedValue({ names: "id", listSeparator: ";", decimalSeparator: "," });
    render(
      <FluentProvider theme={webLightTheme}>
        <FunctionsView language="en" insertFormula={insert} readFormulaLocale={readFormulaLocale} />
      </FluentProvider>,
    );
    expect(await screen.findByText('=SPBE.PREDIKAT(3,4985; "59/2020")')).toBeTruthy();
    expect(screen.getAllByText("· SPBE.INDEKS").length).toBe(1);
    fireEvent.click(screen.getByRole("button", { name: "Insert example of SPBE.CATEGORY in the selected cell" }));
    expect(await screen.findByText('Formula =SPBE.PREDIKAT(3,4985; "59/2020") written to Sheet1!C3.')).toBeTruthy();
    expect(insert).toHaveBeenCalledWith('=SPBE.CATEGORY(3.4985, "59/2020")');
  });

  it("shows Excel's refusal", async () => {
    const error = Object.assign(new Error("The cell is locked"), { code: "AccessDenied", debugInfo: { errorLocation: "Range.formulas" } });
    render(
      <FluentProvider theme={webLightTheme}>
        <FunctionsView language="en" insertFormula={jest.fn().mockRejectedValue(error)} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Insert example of SPBE.INDEX in the selected cell" }));
    expect(await screen.findByText("Formula not inserted")).toBeTruthy();
    expect(screen.getByText("The cell is locked (code: AccessDenied; location: Range.formulas)")).toBeTruthy();
  });
});
