/** The template as an .xlsx file (ExcelJS): writing it from the declarative description, reading a filled one back. */
export { writeTemplateWorkbook, writeTemplateBuffer, type TemplateInput } from "./writeTemplateWorkbook";
export {
  readTemplateWorkbook, readTemplates, readTemplateLevels, loadTemplateWorkbook, plainCellValue, type TemplateCell, type TemplateReading, type LevelColumn,
} from "./readTemplateWorkbook";
