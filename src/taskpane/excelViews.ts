/** The Excel operations of the views after Ringkasan, loaded with them in the "views" chunk (see index.tsx). */
export { insertFormula } from "../excel/insertFormula";
export { readFormulaLocale } from "../excel/formulaLocale";
export { writeTargets } from "../excel/writeTargets";
export { readMergeSources } from "../excel/readMergeSources";
export { writeMerge } from "../excel/writeMerge";
export { openWorkbook } from "../excel/openWorkbook";
export { occupiedBlockCells, readSelectedCell, readTableSource, writeConnection } from "../excel/connectTable";
