/** The evaluation template as data (pure TypeScript: no Office, no ExcelJS). */
export { describeTemplate, checkTemplateRequest, TEMPLATE_STYLES } from "./describeTemplate";
export { uniqueSheetName, uniqueSheetNames } from "./sheetNames";
export { describeLeaderReport, type LeaderReportSheetOptions } from "./leaderReportSheet";
export { styleRects, type StyleRect } from "./styleRuns";
export { estimateRowHeights } from "./rowHeights";
export { EVALUATION, SUMMARY, REFERENCE } from "./layout";
export * as names from "./names";
export * from "./a1";
export type * from "./types";
export { MISSING_NAME, interpretTemplate, type NamedCells, type NamedCellsOf, type NamedScope, type TemplateCell, type TemplateColumn, type TemplatePart, type TemplateReading } from "./reading";
export { TemplateError, isTemplateError, type TemplateProblemCode, type TemplateProblemParams } from "./messages";
