/**
 * The template chooser shared by the views that work on one template (Ringkasan, Rencana, Unit/OPD), and the two
 * messages they show instead of it: no template in the workbook, or the workbook could not be read.
 */
import { Field, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles } from "@fluentui/react-components";
import type { Language } from "../language";
import { STRINGS } from "../strings";
import { describeError } from "../errorText";
import type { TemplateEntry } from "../summaryModel";
import type { TemplatesState } from "../useTemplates";
import { ErrorBar } from "./ErrorBar";

export const useNarrowSelectStyles = makeStyles({
  // Template labels are long ("Kertas Kerja · Pemerintah Kota ... · 59/2020"): let the select shrink to the pane
  // and cut the label with an ellipsis instead of widening the pane.
  selectNarrow: { minWidth: 0, maxWidth: "100%" },
  selectControlNarrow: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** "Kertas Kerja (2) · Pemerintah Kota Denpasar · 2025 · 59/2020": how a template is named in choosers. */
export function entryLabel(entry: TemplateEntry, language: Language): string {
  const s = STRINGS[language];
  const sheet = entry.sheetName || s.workbookScope;
  const summary = entry.summary;
  const detail = summary ? [summary.instansi, summary.year, summary.framework.id].filter(Boolean).join(" · ") : "";
  return s.templateOption(sheet, detail);
}

/** The outcome of reading the workbook's templates, when it leaves nothing to choose from. */
export function TemplateReadMessages({ state, language }: { readonly state: TemplatesState; readonly language: Language }) {
  const s = STRINGS[language];
  if (state.status === "failed") {
    return (
      <ErrorBar title={s.readFailedTitle}>{describeError(state.error, language).text}</ErrorBar>
    );
  }
  if (state.status === "ready" && state.entries.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{s.noTemplateTitle}</MessageBarTitle>
          {s.noTemplateBody}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

export interface TemplatePickerProps {
  readonly label: string;
  readonly entries: readonly TemplateEntry[];
  readonly selectedKey: string | undefined;
  readonly onSelect: (key: string) => void;
  readonly language: Language;
}

/** Longer labels are cut in a 320 px pane; the chosen one is then also written out in full under the select. */
const LABEL_FITS = 30;

/** A labelled select of the templates found; renders nothing when there are none. */
export function TemplatePicker({ label, entries, selectedKey, onSelect, language }: TemplatePickerProps) {
  const styles = useNarrowSelectStyles();
  if (entries.length === 0) return null;
  const selected = entries.find((e) => e.key === selectedKey) ?? entries[0];
  const selectedLabel = entryLabel(selected, language);
  return (
    <Field label={label} hint={selectedLabel.length > LABEL_FITS ? selectedLabel : undefined}>
      <Select
        className={styles.selectNarrow}
        select={{ className: styles.selectControlNarrow }}
        value={selectedKey}
        onChange={(_, data) => onSelect(data.value)}
      >
        {entries.map((entry) => (
          <option key={entry.key} value={entry.key}>
            {entryLabel(entry, language)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
