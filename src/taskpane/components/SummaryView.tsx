/**
 * Ringkasan: finds the templates in the workbook, lets the user pick one, and shows its summary. Reads again on
 * Refresh and, where the host has events, shortly after the workbook changes.
 */
import * as React from "react";
import {
  Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import type { Language } from "../language";
import { STRINGS } from "../strings";
import { describeError } from "../errorText";
import type { TemplateEntry } from "../summaryModel";
import { useTemplates } from "../useTemplates";
import type { PaneActions } from "../actions";
import { SummaryDetails } from "./SummaryDetails";

export { CHANGE_DEBOUNCE_MS } from "../useTemplates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // A native select is as wide as its longest option (an agency's full name); at 320px it must shrink instead.
  selectNarrow: { minWidth: 0, maxWidth: "100%" },
  selectControlNarrow: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface SummaryViewProps {
  readonly language: Language;
  readonly readTemplates: PaneActions["readTemplates"];
  readonly subscribeToChanges?: PaneActions["subscribeToChanges"];
}

/** "Penilaian 2024: Kominfo · 2024 · 59/2020": how a template is named in pickers. */
export function entryLabel(entry: TemplateEntry, language: Language): string {
  const s = STRINGS[language];
  const sheet = entry.sheetName || s.workbookScope;
  const summary = entry.summary;
  const detail = summary ? [summary.instansi, summary.year, summary.framework.id].filter(Boolean).join(" · ") : "";
  return s.templateOption(sheet, detail);
}

export function SummaryView({ language, readTemplates, subscribeToChanges }: SummaryViewProps) {
  const styles = useStyles();
  const s = STRINGS[language];
  const { state, busy, reload: load } = useTemplates(readTemplates, subscribeToChanges);
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>(undefined);

  const entries = state.status === "ready" ? state.entries : [];
  const selected = entries.find((e) => e.key === selectedKey) ?? entries[0];

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h2 className={styles.heading}>{s.summaryHeading}</h2>
        <Button onClick={() => void load()} disabled={busy} aria-describedby={busy ? "summary-busy" : undefined}>
          {s.refresh}
        </Button>
      </div>
      {busy && <Spinner id="summary-busy" size="tiny" label={s.refreshing} />}

      {state.status === "failed" && <ReadFailed error={state.error} language={language} />}

      {state.status === "ready" && entries.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{s.noTemplateTitle}</MessageBarTitle>
            {s.noTemplateBody}
          </MessageBarBody>
        </MessageBar>
      )}

      {entries.length > 0 && (
        <Field label={s.templatePicker}>
          <Select
            className={styles.selectNarrow}
            select={{ className: styles.selectControlNarrow }}
            value={selected?.key}
            onChange={(_, data) => setSelectedKey(data.value)}
          >
            {entries.map((entry) => (
              <option key={entry.key} value={entry.key}>
                {entryLabel(entry, language)}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {selected && <EntryView entry={selected} language={language} />}
    </div>
  );
}

function ReadFailed({ error, language }: { readonly error: unknown; readonly language: Language }) {
  const s = STRINGS[language];
  const described = describeError(error, language);
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{s.readFailedTitle}</MessageBarTitle>
        {described.text}
      </MessageBarBody>
    </MessageBar>
  );
}

function EntryView({ entry, language }: { readonly entry: TemplateEntry; readonly language: Language }) {
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
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{s.problemTitle}</MessageBarTitle>
          {entry.problem.messageIn(language)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return entry.summary ? <SummaryDetails summary={entry.summary} language={language} /> : null;
}
