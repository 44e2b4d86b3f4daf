/**
 * Unit/OPD, fan-out: the units of the coordinator's template, each with a button that opens its unit workbook in
 * Excel; where Excel cannot open a new workbook, the view points to `spbe split` on the command line.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, mergeClasses } from "@fluentui/react-components";
import type { Language } from "../language";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { describeError } from "../errorText";
import type { CreateUnitWorkbook, ReadMergeSources } from "../actions";
import { reviewSplit, type SplitReview } from "../unitsModel";
import type { TemplateEntry } from "../summaryModel";
import type { SplitOptions } from "../../units/splitTemplate";
import { parseDeadline } from "../../core";
import { listIndicators } from "../../units/messages";
import { useAsyncAction } from "../useAsyncAction";
import { ErrorBar } from "./ErrorBar";
import { useTextStyles } from "./textStyles";
import { useUnitsStyles } from "./unitsStyles";

type ReadySplit = Extract<SplitReview, { status: "ready" }>;

export interface SplitSectionProps {
  readonly language: Language;
  readonly coordinator: TemplateEntry | undefined;
  readonly readMergeSources: ReadMergeSources;
  readonly createUnitWorkbook?: CreateUnitWorkbook;
}

export function SplitSection({ language, coordinator, readMergeSources, createUnitWorkbook }: SplitSectionProps) {
  const styles = useUnitsStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const [deadline, setDeadline] = React.useState("");
  const [note, setNote] = React.useState("");
  const split = useAsyncAction(async (entry: TemplateEntry) => {
    const [raw] = await readMergeSources([entry]);
    return { review: reviewSplit(raw), key: entry.key };
  });

  const shown = split.state.status === "done" && split.state.result.key === coordinator?.key ? split.state.result.review : undefined;
  // The one reading of a deadline (the core's, as `spbe split` uses): a wrong date is refused here, never written
  // into the unit files as text.
  const typedDeadline = deadline.trim();
  const deadlineError = typedDeadline !== "" && parseDeadline(typedDeadline) === null ? s.unitsDeadlineInvalid(typedDeadline) : undefined;
  const options: SplitOptions = { language, ...(typedDeadline ? { deadline: typedDeadline } : {}), ...(note.trim() ? { note: note.trim() } : {}) };

  return (
    <section className={styles.section} aria-labelledby="units-split-heading">
      <h3 id="units-split-heading" className={text.subheading}>
        {createUnitWorkbook ? s.unitsSplitMakeHeading : s.unitsSplitHeading}
      </h3>
      {createUnitWorkbook && coordinator && (
        <>
          <p className={text.note}>{s.unitsSplitIntro}</p>
          <Field
            label={s.unitsDeadlineLabel}
            hint={s.unitsDeadlineHint}
            validationState={deadlineError ? "error" : "none"}
            validationMessage={deadlineError}
          >
            {/* A date input gives "2026-03-31" where the webview has one; elsewhere it is a text box, checked above. */}
            <Input type="date" value={deadline} onChange={(_, d) => setDeadline(d.value)} />
          </Field>
          <Field label={s.unitsNoteLabel}>
            <Input value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <Button className={styles.button} onClick={() => void split.run(coordinator)} disabled={split.running}>
            {s.unitsShowUnits}
          </Button>
        </>
      )}
      <div aria-live="polite" className={styles.section}>
        {split.state.status === "failed" && (
          <ErrorBar title={s.unitsReadFailedTitle}>{describeError(split.state.error, language).text}</ErrorBar>
        )}
        {shown?.status === "coordinator-broken" && (
          <ErrorBar title={s.unitsCoordinatorBrokenTitle}>{shown.problem.messageIn(language)}</ErrorBar>
        )}
        {shown?.status === "ready" && createUnitWorkbook && (
          <>
            {shown.units.length === 0 && <p className={text.note}>{s.unitsNoUnits}</p>}
            {/* Each unit keeps its own outcome; showing the units again starts them afresh. */}
            <ul className={styles.list} aria-label={s.unitsUnitListLabel}>
              {shown.units.map((unit) => (
                <UnitFileItem
                  key={unit.key}
                  split={shown}
                  unit={unit}
                  options={options}
                  blocked={deadlineError !== undefined}
                  language={language}
                  createUnitWorkbook={createUnitWorkbook}
                />
              ))}
            </ul>
            {shown.unassigned.length > 0 && <p className={text.note}>{s.unitsUnassigned(listIndicators(shown.unassigned))}</p>}
          </>
        )}
      </div>
      <p className={text.note}>{createUnitWorkbook ? s.unitsSplitCliAlso : s.unitsSplitNote}</p>
      <code className={styles.code}>{s.unitsSplitCommand}</code>
    </section>
  );
}

interface UnitFileItemProps {
  readonly split: ReadySplit;
  readonly unit: ReadySplit["units"][number];
  readonly options: SplitOptions;
  /** True while an option is wrong (a deadline that is not a date): no file is made until it is fixed. */
  readonly blocked: boolean;
  readonly language: Language;
  readonly createUnitWorkbook: CreateUnitWorkbook;
}

/** One unit: its indicators and the button that makes its file, with that file's outcome under it. */
function UnitFileItem({ split, unit, options, blocked, language, createUnitWorkbook }: UnitFileItemProps) {
  const styles = useUnitsStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const create = useAsyncAction(() => createUnitWorkbook(split.source, unit, options));
  const outcome = create.state;
  return (
    <li className={styles.section}>
      <span className={mergeClasses(text.item, text.strong)}>{unit.unit}</span>
      <span className={text.itemDetail}>{s.unitsIndicators(listIndicators(unit.indicators), unit.indicators.length)}</span>
      <Button
        className={styles.button}
        size="small"
        aria-label={s.unitsCreateFileLabel(unit.unit)}
        disabled={create.running || blocked}
        onClick={() => void create.run()}
      >
        {s.unitsCreateFile}
      </Button>
      {outcome.status === "done" && <span className={text.itemDetail}>{s.unitsFileOpened(outcome.result.fileName)}</span>}
      {outcome.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(outcome.error, language).text}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
