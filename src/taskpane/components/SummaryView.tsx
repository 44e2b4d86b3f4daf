/**
 * Ringkasan: finds the templates in the workbook, lets the user pick one, and shows its summary. Reads again on
 * Refresh and, where the host has events, shortly after the workbook changes.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { STRINGS } from "../strings";
import type { InsertLeaderReport } from "../actions";
import type { TemplateEntry } from "../summaryModel";
import { useWorkbookTemplates } from "../templatesContext";
import { SummaryDetails } from "./SummaryDetails";
import { TemplatePicker, TemplateReadMessages } from "./TemplatePicker";
import { ErrorBar } from "./ErrorBar";

export { CHANGE_DEBOUNCE_MS } from "../useTemplates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface SummaryViewProps {
  readonly language: Language;
  readonly insertLeaderReport?: InsertLeaderReport;
}

/** The templates come from the pane's one reader (TemplatesProvider); Refresh reads again for every view. */
export function SummaryView({ language, insertLeaderReport }: SummaryViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const { state, busy, reload: load } = useWorkbookTemplates();
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>(undefined);

  const entries = state.status === "ready" ? state.entries : [];
  const selected = entries.find((e) => e.key === selectedKey) ?? entries[0];

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h2 className={text.heading}>{s.summaryHeading}</h2>
        <Button onClick={() => void load()} disabled={busy} aria-describedby={busy ? "summary-busy" : undefined}>
          {s.refresh}
        </Button>
      </div>
      {busy && <Spinner id="summary-busy" size="tiny" label={s.refreshing} />}

      <TemplateReadMessages state={state} language={language} />
      <TemplatePicker label={s.templatePicker} entries={entries} selectedKey={selected?.key} onSelect={setSelectedKey} language={language} />

      {selected && <EntryView entry={selected} language={language} insertLeaderReport={insertLeaderReport} />}
    </div>
  );
}

function EntryView({ entry, language, insertLeaderReport }: { readonly entry: TemplateEntry; readonly language: Language; readonly insertLeaderReport?: InsertLeaderReport }) {
  const s = STRINGS[language];
  if (entry.missingNames) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{s.missingNamesTitle}</MessageBarTitle>
          {s.missingNames(entry.missingNames.join(", "))}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (entry.problem) {
    return (
      <ErrorBar title={s.problemTitle}>{entry.problem.messageIn(language)}</ErrorBar>
    );
  }
  return entry.summary ? <SummaryDetails summary={entry.summary} language={language} insertLeaderReport={insertLeaderReport} /> : null;
}
