/**
 * Ringkasan's "Laporan Pimpinan" section: adds the leader report (the one A4 sheet `spbe report` writes) to the
 * workbook as a new sheet, never over an existing one. Offered once every level is read, as the report needs.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { InsertLeaderReport } from "../actions";
import { describeError } from "../errorText";
import type { Language } from "../language";
import { STRINGS } from "../strings";
import type { TemplateSummary } from "../summaryModel";
import { useAsyncAction } from "../useAsyncAction";
import { ErrorBar } from "./ErrorBar";
import { useTextStyles } from "./textStyles";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

export interface LeaderReportSectionProps {
  readonly summary: TemplateSummary;
  readonly language: Language;
  readonly insertLeaderReport: InsertLeaderReport;
}

export function LeaderReportSection({ summary, language, insertLeaderReport }: LeaderReportSectionProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const action = useAsyncAction(insertLeaderReport);
  const report = summary.leaderReport;
  const { state } = action;
  return (
    <section className={styles.section} aria-labelledby="summary-report-heading">
      <h3 id="summary-report-heading" className={text.subheading}>{s.reportHeading}</h3>
      <p className={text.note}>{report ? s.reportAbout(report.basis === "official") : s.reportNeedsLevels}</p>
      <Button
        className={styles.button}
        appearance="primary"
        disabled={!report || action.running}
        onClick={() => report && void action.run({ report, language, instansi: summary.instansi || undefined, year: summary.year || undefined })}
      >
        {s.reportButton}
      </Button>
      {state.status === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.reportDone(state.result.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && <ErrorBar title={s.reportFailed}>{describeError(state.error, language).text}</ErrorBar>}
    </section>
  );
}
