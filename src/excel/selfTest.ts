/**
 * The in-Excel self-test (Diagnostik view): what this host really does with the add-in, measured in the host itself.
 * It writes only into sheets it creates, under names no sheet has, and deletes them before it returns, whatever
 * happens; the user's sheets are never read or written.
 *
 * One Excel.run: 1. the sheet names; 2. a template (the pane's own renderer, names scoped to its evaluation sheet),
 * a published vector in its levels, and a scratch sheet calling the custom functions (in the display language's
 * names), then a full calculation; 3. everything read back; at most SELF_TEST_WAITS more syncs while Excel still
 * computes the custom functions (#BUSY!, they are asynchronous); 4. the sheets removed. Nothing here judges the
 * results: src/taskpane/selfTestModel.ts compares them with the core.
 */
import type { FrameworkId, Language } from "../core";
import { describeTemplate, names, splitQualified, uniqueSheetName, uniqueSheetNames } from "../template";
import { quoteSheet } from "../template/a1";
import { displayLanguage, localizeFormulas } from "./localizeFormulas";
import { queueTemplate } from "./renderTemplate";

/**
 * The requirement sets the self-test reports: the manifest's three, without which the add-in does not run
 * (`required`), and the two later ExcelApi sets some features use when present (culture separators, spills).
 */
export const REPORTED_SETS: readonly { readonly name: string; readonly version: string; readonly required: boolean }[] = [
  { name: "SharedRuntime", version: "1.1", required: true },
  { name: "CustomFunctionsRuntime", version: "1.3", required: true },
  { name: "ExcelApi", version: "1.9", required: true },
  { name: "ExcelApi", version: "1.11", required: false },
  { name: "ExcelApi", version: "1.12", required: false },
];

/** At most this many waits of WAIT_MS for Excel to finish the custom functions (about 10 s). */
export const SELF_TEST_WAITS = 20;
const WAIT_MS = 500;

export interface HostFacts {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly displayLanguage: string;
  readonly sets: readonly { readonly name: string; readonly version: string; readonly required: boolean; readonly supported: boolean }[];
}

/** What Office says about the host: no Excel.run. */
export function readHostFacts(): HostFacts {
  // Absent outside a host (the fake, old builds): each fact then reads "?".
  const diagnostics = Office.context.diagnostics as { host?: unknown; platform?: unknown; version?: string } | undefined;
  return {
    host: String(diagnostics?.host ?? "?"),
    platform: String(diagnostics?.platform ?? "?"),
    version: diagnostics?.version ?? "?",
    displayLanguage: displayLanguage() ?? "?",
    sets: REPORTED_SETS.map((set) => ({ ...set, supported: Office.context.requirements.isSetSupported(set.name, set.version) })),
  };
}

export interface SelfTestReading {
  /** The sheets the self-test created (all removed at the end unless `removed` is false). */
  readonly sheets: readonly string[];
  /** The template's own formulas, as Excel computed them. */
  readonly native: { readonly index: unknown; readonly rounded: unknown; readonly predikat: unknown };
  /** The SPBE_ names found on the template's evaluation sheet. */
  readonly names: readonly string[];
  /** The data validation type of the level cells ("Decimal"), or null. */
  readonly validation: string | null;
  readonly protectedSheet: boolean;
  /** Charts on the template's summary sheet. */
  readonly charts: number;
  /** The custom functions, as written (in the display language's names) and as computed. */
  readonly custom: {
    readonly formulas: readonly string[];
    readonly index: unknown;
    readonly rounded: unknown;
    /** SPBE.SCORES spilled, or null where Excel cannot tell (ExcelApi 1.12) or nothing spilled. */
    readonly scores: readonly (readonly unknown[])[] | null;
  };
  readonly waits: number;
  readonly removed: boolean;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const busy = (value: unknown) => typeof value === "string" && /^#(BUSY|GETTING_DATA)/i.test(value);

/** After a failure: deletes those of `names` that exist (the self-test's own sheets), keeping the first error. */
async function removeSheets(context: Excel.RequestContext, sheetNames: readonly string[]): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    for (const ws of worksheets.items) if (sheetNames.includes(ws.name)) ws.delete();
    await context.sync();
  } catch {
    // The error that stopped the self-test is the one to report; the report says the sheets may remain.
  }
}

/** Runs the self-test on `levels` (one per indicator of `framework`, whole levels). */
export async function runSelfTest(framework: FrameworkId, levels: readonly number[], language: Language): Promise<SelfTestReading> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const taken = worksheets.items.map((w) => w.name);

    const spec = describeTemplate(framework, { language, sheetNames: uniqueSheetNames(taken, language), nameScope: "sheet" });
    const scratchName = uniqueSheetName([...taken, ...spec.sheets.map((s) => s.name)], "SPBE Diagnostik");
    const created = [...spec.sheets.map((s) => s.name), scratchName];
    const refOf = (name: string) => {
      const found = spec.names.find((n) => n.name === name);
      if (!found) throw new Error(`The template defines no ${name}`);
      return splitQualified(found.ref);
    };

    let removed = false;
    try {
      const sheets = queueTemplate(context, spec);
      const main = sheets.get(spec.mainSheet)!;
      const levelsRef = refOf(names.SPBE_LEVELS);
      main.getRange(levelsRef.range).values = levels.map((l) => [l]);

      const scratch = worksheets.add(scratchName);
      const levelsAddress = `${quoteSheet(spec.mainSheet)}!${levelsRef.range}`;
      const formulas = [
        `=SPBE.INDEX(${levelsAddress},"${framework}",FALSE)`,
        `=SPBE.INDEX(${levelsAddress},"${framework}",TRUE)`,
        `=SPBE.SCORES(${levelsAddress},"${framework}","${language}")`,
      ];
      const indexCells = scratch.getRange("A1:A2");
      indexCells.formulas = [[formulas[0]], [formulas[1]]];
      const scoresCell = scratch.getRange("A4");
      scoresCell.formulas = [[formulas[2]]];
      await localizeFormulas(context, [indexCells, scoresCell]);
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();

      const read = (name: string) => {
        const { sheet, range } = refOf(name);
        const r = sheets.get(sheet ?? spec.mainSheet)!.getRange(range);
        r.load("values");
        return r;
      };
      const index = read(names.SPBE_INDEX);
      const rounded = read(names.SPBE_INDEX_ROUNDED);
      const predikat = read(names.SPBE_PREDIKAT);
      main.names.load("items/name");
      // The first level cell: the template validates the levels block by block (one prompt per domain), and Excel
      // reports a range covering several rules as "Inconsistent".
      const validation = main.getRange(levelsRef.range).getCell(0, 0).dataValidation;
      validation.load("type");
      main.protection.load("protected");
      const summarySheet = spec.sheets.find((s) => s.chart)?.name;
      const charts = summarySheet ? sheets.get(summarySheet)!.charts.getCount() : undefined;
      indexCells.load("values,formulasLocal");
      const spillSupported = Office.context.requirements.isSetSupported("ExcelApi", "1.12");
      const spill = spillSupported ? scoresCell.getSpillingToRangeOrNullObject() : undefined;
      spill?.load("values");
      await context.sync();

      // Custom functions are asynchronous: Excel shows #BUSY! until they return. A bounded wait, not a loop over data.
      let waits = 0;
      while (waits < SELF_TEST_WAITS && (busy(indexCells.values[0][0]) || busy(indexCells.values[1][0]))) {
        waits++;
        await wait(WAIT_MS);
        indexCells.load("values");
        spill?.load("values");
        await context.sync();
      }

      const reading: Omit<SelfTestReading, "removed"> = {
        sheets: created,
        native: { index: index.values[0][0], rounded: rounded.values[0][0], predikat: predikat.values[0][0] },
        names: main.names.items.map((n) => n.name).filter((n) => n.toUpperCase().startsWith(names.NAME_PREFIX)),
        validation: validation.type ?? null,
        protectedSheet: main.protection.protected,
        charts: charts?.value ?? 0,
        custom: {
          formulas: (indexCells.formulasLocal as unknown[][]).map((r) => String(r[0])),
          index: indexCells.values[0][0],
          rounded: indexCells.values[1][0],
          scores: spill && !spill.isNullObject ? spill.values : null,
        },
        waits,
      };
      for (const name of created) worksheets.getItem(name).delete();
      await context.sync();
      removed = true;
      return { ...reading, removed };
    } finally {
      if (!removed) await removeSheets(context, created);
    }
  });
}
