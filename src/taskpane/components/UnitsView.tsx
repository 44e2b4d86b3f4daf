/**
 * Unit/OPD (fan-in): the coordinator picks their template and the unit sheets copied into the workbook, reviews
 * per unit what is still empty, the changes the merge would make and the conflicts side by side
 * (UnitsMergeReview.tsx), and only after confirming writes the merged values and a new log sheet. The merge rules
 * are src/units' (through unitsModel.ts). Below, the fan-out: making the unit files (UnitsSplit.tsx).
 */
import * as React from "react";
import {
  Button, Checkbox, MessageBar,
  MessageBarBody, MessageBarTitle, Spinner,
} from "@fluentui/react-components";
import type { Language } from "../language";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { describeError } from "../errorText";
import { useWorkbookTemplates } from "../templatesContext";
import { useAsyncAction } from "../useAsyncAction";
import type { CreateUnitWorkbook, ReadMergeSources, WriteMerge } from "../actions";
import { mergeLog, mergeWrites, reviewMerge, unitSheetDefault } from "../unitsModel";
import type { TemplateEntry } from "../summaryModel";
import type { MergeResult } from "../../units/mergeUnitAnswers";
import { TemplatePicker, TemplateReadMessages, entryLabel } from "./TemplatePicker";
import { ErrorBar } from "./ErrorBar";
import { ConfirmDialog } from "./ConfirmDialog";
import { MergeReviewDetails } from "./UnitsMergeReview";
import { applyConflictDecisions } from "../../units/conflictDecisions";
import { SplitSection } from "./UnitsSplit";
import { useTextStyles } from "./textStyles";
import { useUnitsStyles } from "./unitsStyles";

export interface UnitsViewProps {
  readonly language: Language;
  readonly readMergeSources: ReadMergeSources;
  readonly writeMerge: WriteMerge;
  /** Fan-out; absent where Excel cannot open a new workbook: the view then points to `spbe split`. */
  readonly createUnitWorkbook?: CreateUnitWorkbook;
}

export function UnitsView({ language, readMergeSources, writeMerge, createUnitWorkbook }: UnitsViewProps) {
  const styles = useUnitsStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const { state } = useWorkbookTemplates();
  // Only templates: an own table connected by Hubungkan has none of the columns a unit fills in.
  const entries = state.status === "ready" ? state.entries.filter((e) => e.kind === "template") : [];
  const [coordinatorKey, setCoordinatorKey] = React.useState<string | undefined>(undefined);
  const coordinator = entries.find((e) => e.key === coordinatorKey) ?? entries[0];
  const others = entries.filter((e) => e !== coordinator);
  // The coordinator's own unit sheets are ticked by default (same framework, same instansi or none): another
  // evaluation's template is not, with the reason said. The user's own ticks are remembered per sheet, so sheets
  // copied in later show their default.
  const [choices, setChoices] = React.useState<ReadonlyMap<string, boolean>>(new Map());
  const skipOf = (e: TemplateEntry) => (coordinator ? unitSheetDefault(coordinator, e) : undefined);
  const isTicked = (e: TemplateEntry) => choices.get(e.key) ?? skipOf(e) === undefined;
  const units = others.filter(isTicked);
  const selection = [coordinator?.key ?? "", ...units.map((u) => u.key)].join("|");

  const [unitsError, setUnitsError] = React.useState<string | undefined>(undefined);
  const [confirming, setConfirming] = React.useState(false);
  /** The review is kept with the selection it was made for: another selection hides it. */
  const review = useAsyncAction(async (target: TemplateEntry, sources: readonly TemplateEntry[], forSelection: string) => {
    const [coordinatorSource, ...unitSources] = await readMergeSources([target, ...sources]);
    return { review: reviewMerge(coordinatorSource, unitSources), selection: forSelection };
  });
  const write = useAsyncAction(async (result: MergeResult, sheet: string) => {
    const written = await writeMerge(mergeWrites(result), mergeLog(result, language));
    // Written: the review no longer describes the workbook.
    review.reset();
    return { written, sheet, conflicts: result.conflicts.length };
  });

  function toggle(key: string, checked: boolean) {
    setChoices(new Map(choices).set(key, checked));
    if (checked) setUnitsError(undefined);
  }

  function runReview(event: React.FormEvent) {
    event.preventDefault();
    if (!coordinator) return;
    write.reset();
    if (units.length === 0) {
      setUnitsError(s.unitsChooseUnit);
      return;
    }
    setUnitsError(undefined);
    void review.run(coordinator, units, selection);
  }

  function confirmMerge(result: MergeResult, sheet: string) {
    setConfirming(false);
    void write.run(result, sheet);
  }

  const shown = review.state.status === "done" && review.state.result.selection === selection ? review.state.result.review : undefined;
  const ready = shown?.status === "ready" ? shown : undefined;
  // The coordinator's decisions on the conflicts of the review shown; a new review starts with none.
  const [taken, setTaken] = React.useState<{ readonly review: unknown; readonly answers: ReadonlyMap<string, number> }>({ review: undefined, answers: new Map() });
  const answersTaken = taken.review === ready ? taken.answers : new Map<string, number>();
  const decidedResult = ready ? applyConflictDecisions(ready.result, answersTaken) : undefined;
  function decide(key: string, answer: number | undefined) {
    const next = new Map(answersTaken);
    if (answer === undefined) next.delete(key);
    else next.set(key, answer);
    setTaken({ review: ready, answers: next });
  }

  return (
    <div className={styles.form}>
      <form className={styles.form} onSubmit={runReview} noValidate aria-labelledby="units-heading">
        <h2 id="units-heading" className={text.heading}>
          {s.unitsHeading}
        </h2>
        <p className={text.note}>{s.unitsIntro}</p>

        <TemplateReadMessages state={state} language={language} />
        <TemplatePicker
          label={s.unitsCoordinatorLabel}
          entries={entries}
          selectedKey={coordinator?.key}
          onSelect={setCoordinatorKey}
          language={language}
        />

        {entries.length > 0 && (
          <fieldset className={styles.fieldset} aria-describedby={unitsError ? "units-sheets-error" : undefined}>
            <legend className={styles.legend}>{s.unitsSheetsLabel}</legend>
            {others.length === 0 && <p className={text.note}>{s.unitsNoUnitSheets}</p>}
            {others.map((entry) => {
              const skip = skipOf(entry);
              return (
                <div key={entry.key}>
                  <Checkbox
                    label={entryLabel(entry, language)}
                    checked={isTicked(entry)}
                    onChange={(_, d) => toggle(entry.key, d.checked === true)}
                    aria-describedby={skip ? `units-skip-${entry.key}` : undefined}
                  />
                  {skip && (
                    <p id={`units-skip-${entry.key}`} className={text.note}>
                      {skip.kind === "framework" ? s.unitsSkipFramework(skip.framework) : s.unitsSkipInstansi(skip.instansi)}
                    </p>
                  )}
                </div>
              );
            })}
            {unitsError && (
              <div id="units-sheets-error" role="alert" className={styles.fieldError}>
                {unitsError}
              </div>
            )}
          </fieldset>
        )}

        <Button className={styles.button} type="submit" appearance="primary" disabled={!coordinator || review.running}>
          {s.unitsReview}
        </Button>

        <div aria-live="polite" className={styles.section}>
          {review.running && <Spinner size="tiny" label={s.unitsReviewing} />}
          {review.state.status === "failed" && (
            <ErrorBar title={s.unitsReadFailedTitle}>{describeError(review.state.error, language).text}</ErrorBar>
          )}
          {shown?.status === "coordinator-broken" && (
            <ErrorBar title={s.unitsCoordinatorBrokenTitle}>{shown.problem.messageIn(language)}</ErrorBar>
          )}
          {ready && (
            <MergeReviewDetails
              result={decidedResult!}
              reviewed={ready.result}
              taken={answersTaken}
              onDecide={decide}
              language={language}
              writing={write.running}
              onMerge={() => setConfirming(true)}
            />
          )}
          {write.state.status === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{s.unitsMergedTitle}</MessageBarTitle>
                {s.unitsMerged(write.state.result.written.written, write.state.result.sheet, write.state.result.written.logSheet, write.state.result.conflicts)}
              </MessageBarBody>
            </MessageBar>
          )}
          {write.state.status === "failed" && (
            <ErrorBar title={s.unitsMergeFailedTitle}>{describeError(write.state.error, language).text}</ErrorBar>
          )}
        </div>

        {ready && (
          <ConfirmDialog
            open={confirming}
            title={s.unitsConfirmTitle}
            body={s.unitsConfirmBody(decidedResult!.changes.length, ready.coordinatorSheet)}
            confirmLabel={s.unitsConfirm}
            cancelLabel={s.unitsCancel}
            onConfirm={() => confirmMerge(decidedResult!, ready.coordinatorSheet)}
            onCancel={() => setConfirming(false)}
          />
        )}

      </form>
      <SplitSection
        language={language}
        coordinator={coordinator}
        readMergeSources={readMergeSources}
        createUnitWorkbook={createUnitWorkbook}
      />
    </div>
  );
}

