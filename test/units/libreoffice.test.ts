/**
 * The files the unit operations write still compute in a spreadsheet: three units return their parts of the
 * published Kementerian Kominfo 2024 result (exact 4,745), the merge writes them into the coordinator's template,
 * and LibreOffice Calc (headless) recalculating the merged file shows the core's index, 4,75 and "Memuaskan"; a
 * unit file, recalculated, says how many of its levels are still blank instead of showing a number.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { bandOfIndex, ratioToNumber, roundHalfUpToHundredths, scoreBreakdown, SPBE_59_2020 } from "../../src/core";
import { mergeUnitAnswers, planSplit, readTemplateFromWorkbook, saveWorkbook, writeMergedWorkbook, writeUnitWorkbook } from "../../src/units";
import { loadTemplateWorkbook, readTemplateWorkbook } from "../../src/xlsx";
import { vectors } from "../fixtures/vectors";
import { fillTemplate, makeTemplate, reloaded } from "./fixtures";

const SOFFICE = "/usr/bin/soffice";
const kominfo = vectors.spbe_59_2020_published.find((c) => c.exact_index === 4.745)!;
const unitOf = (no: number) => (no <= 15 ? "Bappeda" : no <= 31 ? "Inspektorat" : "Dinas Kominfo");

(existsSync(SOFFICE) ? describe : describe.skip)("merged and unit files recalculated by LibreOffice Calc", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "spbe-units-lo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the merged template computes the core's index of the merged levels; a unit file reports its blanks", async () => {
    const pic = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, unitOf(i + 1)]));
    const coordinator = await reloaded(await makeTemplate("59/2020", { pic }));
    const source = readTemplateWorkbook(coordinator);
    const returned = [];
    for (const { assignment, fileName } of planSplit(source).units) {
      const unit = await writeUnitWorkbook(source, assignment, { deadline: "2026-03-31" });
      fillTemplate(unit, { levels: Object.fromEntries(assignment.indicators.map((no) => [no, kominfo.levels[no - 1]])) });
      await saveWorkbook(unit, path.join(dir, fileName));
      returned.push(readTemplateFromWorkbook(fileName, await loadTemplateWorkbook(path.join(dir, fileName))));
    }
    const result = mergeUnitAnswers(source, returned);
    expect(result.conflicts).toEqual([]);
    expect(result.changes).toHaveLength(47);
    writeMergedWorkbook(coordinator, result);
    await saveWorkbook(coordinator, path.join(dir, "gabung.xlsx"));

    const out = path.join(dir, "out");
    execFileSync(
      SOFFICE,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out,
        path.join(dir, "gabung.xlsx"), path.join(dir, "inspektorat.xlsx")],
      { stdio: "pipe", timeout: 240_000 },
    );
    const merged = readTemplateWorkbook(await loadTemplateWorkbook(path.join(out, "gabung.xlsx")));
    const b = scoreBreakdown(SPBE_59_2020, kominfo.levels.map((l) => Math.round(l * 100)));
    expect(merged.computed.index.value).toBe(ratioToNumber(b.index));
    expect(merged.computed.index.value).toBe(4.745);
    expect(merged.computed.rounded.value).toBe(roundHalfUpToHundredths(b.index) / 100);
    expect(merged.computed.predikat.value).toBe(bandOfIndex(SPBE_59_2020, b.index, "exact").predikat);

    const unit = readTemplateWorkbook(await loadTemplateWorkbook(path.join(out, "inspektorat.xlsx")));
    expect(unit.computed.index.value).toBe(`belum lengkap (${47 - 16} kosong)`);
  });
});
