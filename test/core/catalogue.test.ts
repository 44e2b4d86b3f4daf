/**
 * One error machinery: the error of each layer (input values, the template's names, unit files, the command line)
 * is a CataloguedError that says itself in both languages, and the surfaces treat them alike.
 */
import { CataloguedError, SpbeError } from "../../src/core";
import { TemplateError } from "../../src/template";
import { UnitFileProblem } from "../../src/units/messages";
import { CliError, EXIT_INVALID_INPUT, EXIT_USAGE } from "../../src/cli/errors";
import { describeError } from "../../src/cli/errors";
import { describeError as paneText } from "../../src/taskpane/errorText";

const unitProblem = new UnitFileProblem("bappeda.xlsx", "FRAMEWORK_DIFFERS", { framework: "8/2026", expected: "59/2020" });
const errors = [
  new SpbeError("LEVEL_OUT_OF_RANGE", { indicator: 12, cell: "Kertas Kerja!F20", value: 7, min: 0, max: 5 }),
  new TemplateError("TEMPLATE_NAME_BROKEN", { argument: "SPBE_LEVELS", value: "Kertas Kerja!F9:F20", expected: 47 }),
  unitProblem,
  new CliError(EXIT_USAGE, "OPTION_UNKNOWN", { option: "--jsn", command: "score" }),
];

describe("one error machinery", () => {
  it.each(errors.map((e) => [e.name, e] as const))("%s says itself in Indonesian and English, from its layer's catalogue", (_name, error) => {
    expect(error).toBeInstanceOf(CataloguedError);
    const [id, en] = [error.messageIn("id"), error.messageIn("en")];
    expect(id.length).toBeGreaterThan(10);
    expect(en).toBe(error.message);
    expect(id).not.toBe(en);
    // The catalogue is not one of the error's own facts: comparing or printing an error shows code and params.
    expect(Object.keys(error)).not.toContain("catalogue");
  });

  it("the command line gives exit 1 for every lower layer's error and the pane shows its sentence", () => {
    for (const error of errors.slice(0, 3)) {
      expect(describeError(error, "id")).toEqual({ exitCode: EXIT_INVALID_INPUT, message: error.messageIn("id") });
      expect(paneText(error, "en").text).toBe(error.messageIn("en"));
    }
    expect(describeError(errors[3], "en").exitCode).toBe(EXIT_USAGE);
  });

  it("names the file in every unit-file message", () => {
    expect(unitProblem.messageIn("id")).toContain('"bappeda.xlsx"');
    expect(unitProblem.file).toBe("bappeda.xlsx");
  });
});
