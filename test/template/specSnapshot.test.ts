/**
 * The template description, cell by cell, held still: one hash per framework x language x name scope of the whole
 * TemplateSpec (cells, formulas, formats, styles, widths, merges, validations, colours, names). A refactoring of
 * src/template must leave these unchanged; a deliberate change updates the snapshot (`npx jest -u`) and says why in
 * its commit.
 */
import { createHash } from "node:crypto";
import { describeTemplate } from "../../src/template";

describe("the template description does not drift", () => {
  it("hashes of every template kind", () => {
    const hashes: Record<string, string> = {};
    for (const fw of ["59/2020", "8/2026", "5/2018"] as const)
      for (const language of ["id", "en"] as const)
        for (const nameScope of ["workbook", "sheet"] as const) {
          const spec = describeTemplate(fw, { language, nameScope, instansi: "Kab. Contoh", year: 2025, filledBy: "Tim" });
          hashes[`${fw} ${language} ${nameScope}`] = createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 16);
        }
    expect(hashes).toMatchSnapshot();
  });
});
