/**
 * The calculation core: pure TypeScript, no Office globals. Every other part of the add-in (custom functions,
 * Excel adapters, task pane, command line) calls this and computes nothing of its own.
 */
export * from "./frameworks";
export * from "./exact";
export * from "./format";
export * from "./glossary";
export * from "./frameworkText";
export * from "./errors";
export { CataloguedError, phrase, type Catalogue, type Phrase, type Said } from "./catalogue";
export { describeValue } from "./messages";
export * from "./levels";
export * from "./scores";
export * from "./predikat";
export * from "./leaderReport";
export * from "./lookup";
export * from "./levelNames";
export * from "./plan";
export { describePlan, describeTarget } from "./planText";
export * from "./numberText";
export * from "./indicatorKeys";
export * from "./keyedLevels";
export * from "./levelText";
export * from "./findTable";
export * from "./evidence";
export * from "./external";
export * from "./stages";
export * from "./declines";
export * from "./history";
export { parseDeadline } from "./deadline";
