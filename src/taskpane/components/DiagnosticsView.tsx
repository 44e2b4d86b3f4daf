/**
 * Diagnostik: the in-Excel self-test, for a person confirming the add-in on a new platform (and for support). Out of
 * the analyst's way: opened from the link under the views. Runs src/excel/selfTest.ts, shows each verdict of
 * src/taskpane/selfTestModel.ts as text (never colour alone), and the report to copy into a support message.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../language";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { describeError } from "../errorText";
import type { RunSelfTest } from "../actions";
import { selfTestChecks, selfTestReport } from "../selfTestModel";
import { useAsyncAction } from "../useAsyncAction";
import { useTextStyles } from "./textStyles";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  verdict: { fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1 },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface DiagnosticsViewProps {
  readonly language: Language;
  readonly runSelfTest: RunSelfTest;
  readonly onBack: () => void;
}

export function DiagnosticsView({ language, runSelfTest, onBack }: DiagnosticsViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const test = useAsyncAction(() => runSelfTest(language));
  const [copied, setCopied] = React.useState(false);
  const state = test.state;
  const checks = state.status === "done" ? selfTestChecks(state.result.host, state.result.reading, language) : [];
  const report = state.status === "done" ? selfTestReport(state.result.host, checks, language) : "";
  const reportRef = React.useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
    } catch {
      // Some webviews refuse the clipboard API: select the text and use the older command.
      reportRef.current?.select();
      document.execCommand("copy");
    }
    setCopied(true);
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button size="small" appearance="subtle" onClick={onBack}>
          ← {s.selfTestBack}
        </Button>
      </div>
      <h2 className={text.heading}>{s.selfTestHeading}</h2>
      <p className={text.note}>{s.selfTestIntro}</p>
      <Button appearance="primary" disabled={test.running} onClick={() => { setCopied(false); void test.run(); }}>
        {test.running ? s.selfTestRunning : s.selfTestRun}
      </Button>
      <div aria-live="polite">
        {state.status === "failed" && <ErrorBar title={s.selfTestFailedTitle}>{describeError(state.error, language).text}</ErrorBar>}
        {state.status === "done" && (
          <div className={styles.root}>
            <p className={text.subheading} data-testid="self-test-summary">
              {s.selfTestSummary(checks.filter((c) => c.passed).length, checks.length)}
            </p>
            <ul className={styles.list}>
              {checks.map((c) => (
                <li key={c.id} data-testid={`self-test-${c.id}`}>
                  <span className={c.passed ? styles.verdict : `${styles.verdict} ${styles.fail}`}>{c.passed ? s.selfTestPass : s.selfTestFail}</span>{" "}
                  {s.selfTestCheck[c.id]}: <span className={text.small}>{c.detail}</span>
                </li>
              ))}
            </ul>
            <label className={text.small} htmlFor="self-test-report">
              {s.selfTestReportLabel}
            </label>
            <Textarea id="self-test-report" ref={reportRef} className={styles.report} value={report} readOnly resize="vertical" rows={8} />
            <div className={styles.row}>
              <Button size="small" onClick={() => void copy()}>
                {s.selfTestCopy}
              </Button>
              {copied && (
                <MessageBar intent="success">
                  <MessageBarBody>{s.selfTestCopied}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
