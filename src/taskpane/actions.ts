/**
 * What the task pane asks of the workbook. index.tsx passes the Office implementations (src/excel/*) down as props
 * (the OfficeDev pattern), so every component renders and is tested without Office.
 */
import type { InsertTemplateOptions, InsertTemplateResult } from "../excel/insertTemplate";
import type { RawTemplate } from "../excel/readTemplates";
import type { Unsubscribe } from "../excel/workbookChanges";

export type { InsertTemplateOptions, InsertTemplateResult };

export type InsertTemplate = (options: InsertTemplateOptions) => Promise<InsertTemplateResult>;

export interface PaneActions {
  readonly readTemplates: () => Promise<RawTemplate[]>;
  /** Calls back on workbook changes; absent where events are not available. */
  readonly subscribeToChanges?: (onChange: () => void) => Promise<Unsubscribe>;
  /** Absent until template generation is available. */
  readonly insertTemplate?: InsertTemplate;
  /** Writes a formula into the selected cell; resolves to the cell's address. */
  readonly insertFormula: (formula: string) => Promise<string>;
}
