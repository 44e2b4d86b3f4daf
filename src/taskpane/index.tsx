/**
 * Task pane entry. Renders once office.js says which host it runs in: inside Excel, the views with the Office
 * implementations of their actions (src/excel); anywhere else (plain browser, office.js unreachable), the
 * explanation of what this page is and how to install it. Nothing here throws when the Office global is absent.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import type { PaneActions } from "./actions";
import { readTemplates, type RawTemplate } from "../excel/readTemplates";
import { subscribeToWorkbookChanges } from "../excel/workbookChanges";
import type { ConnectActions, CreateUnitWorkbook, InsertLeaderReport, InsertTemplate, ReadMergeSources, ReadTemplates, RunSelfTest, WriteMerge, WriteTargets } from "./actions";

/** If office.js loaded but never reports (blocked host frame), show the explanation after this long. */
const HOST_TIMEOUT_MS = 8000;

/**
 * The workbook operations of the views after Ringkasan load with those views, on first use (one "views" chunk):
 * the pane starts with what Ringkasan needs, reading the templates.
 */
const excelViews = () => import(/* webpackChunkName: "views" */ "./excelViews");
const insertFormula = async (formula: string) => (await excelViews()).insertFormula(formula);
const readFormulaLocale = async () => (await excelViews()).readFormulaLocale();
const writeTargets: WriteTargets = async (template, levels) => (await excelViews()).writeTargets(template, levels);
const readMergeSources: ReadMergeSources = async (templates) => (await excelViews()).readMergeSources(templates);
const writeMerge: WriteMerge = async (cells, log) => (await excelViews()).writeMerge(cells, log);
const connect: ConnectActions = {
  readTableSource: async (...args) => (await excelViews()).readTableSource(...args),
  readSelectedCell: async (...args) => (await excelViews()).readSelectedCell(...args),
  occupiedBlockCells: async (...args) => (await excelViews()).occupiedBlockCells(...args),
  writeConnection: async (...args) => (await excelViews()).writeConnection(...args),
};

/** ExcelJS and the unit-file writer are loaded only here, on the first request: they stay out of taskpane.js. */
const createUnitWorkbook: CreateUnitWorkbook = async (source, unit, options) => {
  const { buildUnitWorkbook } = await import(/* webpackChunkName: "unit-workbook" */ "./unitWorkbook");
  const built = await buildUnitWorkbook(source, unit, options);
  await (await excelViews()).openWorkbook(built.base64);
  return { fileName: built.fileName };
};

/**
 * Generating a template and the self-test describe a whole template, with the 59/2020 questionnaire and the Pemdi
 * criteria (about 90 KB of text): loaded on first use, in one chunk, so the pane starts without them.
 */
const insertTemplate: InsertTemplate = async (options) => (await import(/* webpackChunkName: "template-writer" */ "../excel/insertTemplate")).insertTemplate(options);
const insertLeaderReport: InsertLeaderReport = async (options) =>
  (await import(/* webpackChunkName: "template-writer" */ "../excel/insertLeaderReport")).insertLeaderReport(options);

const runSelfTest: RunSelfTest = async (language) => {
  const { readHostFacts, runSelfTest: runSelfTestInExcel } = await import(/* webpackChunkName: "template-writer" */ "../excel/selfTest");
  // The published result the test fills in is the Diagnostik view's (loaded with it, in the views chunk).
  const { SELF_TEST_VECTOR } = await import(/* webpackChunkName: "views" */ "./selfTestModel");
  return { host: readHostFacts(), reading: await runSelfTestInExcel(SELF_TEST_VECTOR.framework, SELF_TEST_VECTOR.levels, language) };
};

/**
 * The first read of the workbook starts as soon as Excel is ready. The pane's first render waits for it up to this
 * long, so that a quick read shows the numbers in the first frame (one render, no flash of a loading state); a
 * slower one shows the frame and its loading state meanwhile, and the summary takes this same read when it mounts.
 */
const FIRST_READ_WAIT_MS = 300;

/** `read`, whose first call answers with the read already started. */
function takingFirst(first: ReturnType<ReadTemplates>, read: ReadTemplates): ReadTemplates {
  let pending: ReturnType<ReadTemplates> | undefined = first;
  return () => {
    const answer = pending ?? read();
    pending = undefined;
    return answer;
  };
}

/** The first read's templates if it succeeds within FIRST_READ_WAIT_MS; undefined otherwise (the pane then reads). */
function firstReadInTime(first: ReturnType<ReadTemplates>): Promise<RawTemplate[] | undefined> {
  const late = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), FIRST_READ_WAIT_MS));
  // A failure answers undefined here (never a rejection, which would leave the pane unrendered); the summary's first
  // read (takingFirst) is the same promise and shows the error.
  return Promise.race([first.catch(() => undefined), late]);
}

function excelActions(read: ReadTemplates): PaneActions {
  const canCreateWorkbook = Office.context.requirements.isSetSupported("ExcelApi", "1.8");
  return {
    readTemplates: read,
    subscribeToChanges: subscribeToWorkbookChanges,
    insertTemplate,
    insertLeaderReport,
    insertFormula,
    readFormulaLocale,
    writeTargets,
    readMergeSources,
    writeMerge,
    connect,
    ...(canCreateWorkbook ? { createUnitWorkbook } : {}),
    runSelfTest,
  };
}

function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const render = (actions?: PaneActions, initialTemplates?: readonly RawTemplate[]) =>
    root.render(<App actions={actions} initialTemplates={initialTemplates} />);

  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(undefined);
    return;
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (!settled) render(undefined);
  }, HOST_TIMEOUT_MS);
  Office.onReady().then(
    async (info) => {
      settled = true;
      clearTimeout(timer);
      if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
        render(undefined);
        return;
      }
      const firstRead = readTemplates();
      const inTime = await firstReadInTime(firstRead);
      // Shown at once, the first read is done with; late (or failed), it is the summary's first read.
      render(excelActions(inTime ? readTemplates : takingFirst(firstRead, readTemplates)), inTime);
    },
    () => {
      settled = true;
      clearTimeout(timer);
      render(undefined);
    },
  );
}

start();
