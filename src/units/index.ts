/**
 * Units (OPD): sending an evaluation out to the units that own its indicators and consolidating their answers,
 * with files only (no server). ExcelJS-based; every number comes from src/core.
 */
export * from "./names";
export * from "./messages";
export { assignUnits, unitKey, unitsOfPic, unitKeysByIndicator, type UnitAssignment, type UnitAssignments } from "./assignUnits";
export { readTemplateFile, readTemplateReadingFile, readTemplateFromWorkbook, asUnitFileProblem, singleNamedValue, type OpenedTemplateFile, type TemplateFile, type TemplateReadingFile, type UnitStamp } from "./readTemplateFile";
export { planSplit, writeUnitWorkbook, stampUnit, parseDeadline, unitFileStem, type SplitOptions, type SplitPlan, type SplitSource, type UnitFilePlan } from "./splitTemplate";
export {
  mergeUnitAnswers, MERGE_FIELDS, type MergeChange, type MergeConflict, type MergeField, type MergeResult, type UnitAnswer,
  type UnitCompleteness, type ConflictReason, type MergeReading, type UnitTemplate,
} from "./mergeUnitAnswers";
export { carryUnitValues, type CarriedValues } from "./carryUnitValues";
export { writeMergedWorkbook, addUnitRecapSheet, type MergedSheets } from "./writeMergedWorkbook";
export { recapUnits, type UnitsRecap, type UnitRecap, type IndicatorRecap, type IndicatorStatus } from "./recapUnits";
export {
  scoreTemplate, rankTemplates, compareRatios, writeRankingWorkbook, type Ranking, type RankedTemplate, type ScoredTemplate,
} from "./rankTemplates";
export { unitLabels, type UnitLabels } from "./labels";
export { saveWorkbook } from "../xlsx/saveWorkbook";
