/**
 * What the task pane asks of the workbook. index.tsx passes the Office implementations (src/excel/*) down as props
 * (the OfficeDev pattern), so every component renders and is tested without Office.
 */
import type { occupiedBlockCells, readSelectedCell, readTableSource, writeConnection } from "../excel/connectTable";
import type { FormulaLocale } from "../excel/formulaText";
import type { HostFacts, SelfTestReading } from "../excel/selfTest";
import type { Language } from "../core";
import type { InsertTemplateOptions, InsertTemplateResult } from "../excel/insertTemplate";
import type { InsertLeaderReportOptions, InsertLeaderReportResult } from "../excel/insertLeaderReport";
import type { RawTemplate } from "../excel/readTemplates";
import type { Unsubscribe } from "../excel/workbookChanges";
import type { RawMergeSource, TemplateRef } from "../excel/readMergeSources";
import type { CellWrite, LogSheet, WriteMergeResult } from "../excel/writeMerge";
import type { SplitOptions, SplitSource } from "../units/splitTemplate";
import type { UnitAssignment } from "../units/assignUnits";

export type { InsertTemplateOptions, InsertTemplateResult };

export type InsertTemplate = (options: InsertTemplateOptions) => Promise<InsertTemplateResult>;

/** Adds the Laporan Pimpinan sheet (src/excel/insertLeaderReport.ts); resolves to the new sheet's name. */
export type InsertLeaderReport = (options: InsertLeaderReportOptions) => Promise<InsertLeaderReportResult>;

/** Writes planned target levels (hundredths, indicator order) into a template's SPBE_TARGETS; resolves to the address. */
export type WriteTargets = (template: Pick<RawTemplate, "scope" | "sheetName">, levels: readonly number[]) => Promise<string>;

/** Reads the merge cells of chosen templates (Unit/OPD view), in the order given. */
export type ReadMergeSources = (templates: readonly TemplateRef[]) => Promise<RawMergeSource[]>;

/** Writes a confirmed merge: the changed cells and a new log sheet. */
export type WriteMerge = (cells: readonly CellWrite[], log: LogSheet) => Promise<WriteMergeResult>;

/**
 * Builds one unit's workbook (src/units' writer, loaded on demand) and opens it in Excel as a new workbook;
 * resolves to the file name it would have on the command line.
 */
export type CreateUnitWorkbook = (source: SplitSource, unit: UnitAssignment, options: SplitOptions) => Promise<{ fileName: string }>;

/** The Hubungkan view's workbook operations (src/excel/connectTable.ts). */
export interface ConnectActions {
  readonly readTableSource: typeof readTableSource;
  readonly readSelectedCell: typeof readSelectedCell;
  readonly occupiedBlockCells: typeof occupiedBlockCells;
  readonly writeConnection: typeof writeConnection;
}

/** The Diagnostik view's self-test: the host's facts and what the test read in it (src/excel/selfTest.ts). */
export type RunSelfTest = (language: Language) => Promise<{ readonly host: HostFacts; readonly reading: SelfTestReading }>;

/** Reads every template of the workbook (src/excel/readTemplates.ts). */
export type ReadTemplates = () => Promise<RawTemplate[]>;

export interface PaneActions {
  readonly readTemplates: ReadTemplates;
  /** Calls back on workbook changes; absent where events are not available. */
  readonly subscribeToChanges?: (onChange: () => void) => Promise<Unsubscribe>;
  /** Absent until template generation is available. */
  readonly insertTemplate?: InsertTemplate;
  /** Ringkasan: adds the leader report sheet; absent, the section is not shown. */
  readonly insertLeaderReport?: InsertLeaderReport;
  /** Writes a formula into the selected cell; resolves to the cell's address. */
  readonly insertFormula: (formula: string) => Promise<string>;
  /** How the user's Excel writes formulas (names, separators), to show examples as they would type them. */
  readonly readFormulaLocale?: () => Promise<FormulaLocale>;
  /** Writes planned targets (Rencana view, after confirmation). */
  readonly writeTargets: WriteTargets;
  /** Unit/OPD view: reads the coordinator's and the units' templates, then writes the merge after confirmation. */
  readonly readMergeSources: ReadMergeSources;
  readonly writeMerge: WriteMerge;
  /** Hubungkan view: connect an analyst's own table. */
  readonly connect: ConnectActions;
  /** Unit/OPD view, fan-out; absent where Excel cannot open a new workbook (ExcelApi 1.8). */
  readonly createUnitWorkbook?: CreateUnitWorkbook;
  /** Diagnostik view (the in-Excel self-test); absent, the view's link is not shown. */
  readonly runSelfTest?: RunSelfTest;
}
