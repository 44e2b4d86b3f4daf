/**
 * The Ringkasan's history cell: the previous framework's last index with its own predikat (the sheet's formula and
 * the core's readHistory agree on band edges), shown apart and never part of this template's index.
 */
import { getFramework, readHistory, SpbeError } from "../../src/core";
import { cellRef, describeTemplate, names as N } from "../../src/template";
import { overallRowOf } from "../../src/template/layout";
import { buildSpecEngine } from "./specEngine";

describe.each([["8/2026", "59/2020", 2025], ["59/2020", "5/2018", 2020]] as const)("the history row of %s", (id, previousId, year) => {
  const framework = getFramework(id);
  const spec = describeTemplate(id);
  const engine = buildSpecEngine(spec);
  afterAll(() => engine.destroy());
  const ref = spec.names.find((n) => n.name === N.SPBE_HISTORY_INDEX)!.ref;
  const [, address] = ref.replace(/\$/g, "").split("!");
  const summary = spec.sheets[1].name;
  const predikatAt = cellRef(Number(address.slice(1)), 4);

  it("labels the previous framework and its last year", () => {
    const label = spec.sheets[1].blocks[0].cells[Number(address.slice(1)) - 1][0].value;
    expect(label).toBe(`${getFramework(previousId).indexName} ${year} (PermenPANRB ${previousId})`);
  });

  it("gives the predikat of the previous framework's bands, as the core does, at and around every band edge", () => {
    const previous = getFramework(previousId);
    const values = [0, 5, ...previous.bands.flatMap((b) => [b.minHundredths / 100, b.minHundredths / 100 - 0.01, (b.minHundredths + 1) / 100])].filter((v) => v >= 0 && v <= 5);
    for (const value of values) {
      engine.setCell(summary, address, value);
      expect([value, engine.cell(summary, predikatAt)]).toEqual([value, readHistory(framework, value)!.band.predikat]);
    }
  });

  it("refuses what is not an index, as the core does, and leaves this template's index alone", () => {
    engine.fill(N.SPBE_LEVELS, framework.indicators.map(() => 2));
    const index = engine.cell(summary, cellRef(overallRowOf("index"), 3));
    for (const value of [6, -1, "dua"]) {
      engine.setCell(summary, address, value);
      expect(engine.cell(summary, predikatAt)).toBe("tidak valid");
      expect(() => readHistory(framework, value, "Ringkasan!C33")).toThrow(SpbeError);
      expect(engine.cell(summary, cellRef(overallRowOf("index"), 3))).toBe(index);
    }
    engine.setCell(summary, address, null);
    expect(engine.cell(summary, predikatAt)).toBe("");
    expect(readHistory(framework, null)).toBeNull();
  });
});

it("5/2018 succeeds no framework: no history row", () => {
  expect(describeTemplate("5/2018").names.some((n) => n.name === N.SPBE_HISTORY_INDEX)).toBe(false);
});
