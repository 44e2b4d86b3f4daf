/**
 * Unit/OPD (fan-in): the coordinator picks their template and the unit sheets copied into the workbook, reviews
 * per unit what is still empty, the changes the merge would make and the conflicts side by side, and only after
 * confirming writes the merged values and a new log sheet. The merge rules are src/units' (through unitsModel.ts);
 * splitting the template into unit files is done with `spbe split` on the command line.
 */
import * as React from "react";
import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar,
  Input, MessageBarBody, MessageBarTitle, Spinner, makeStyles, mergeClasses, tokens,
} from "@fluentui/react-components";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { STRINGS } from "../strings";
import { describeError } from "../errorText";
import { useWorkbookTemplates } from "../templatesContext";
import type { CreateUnitWorkbook, ReadMergeSources, WriteMerge } from "../actions";
import {
  mergeLog, mergeWrites, reviewMerge, reviewSplit, shownValue, unitProgress, type MergeReview, type SplitReview,
} from "../unitsModel";
import type { TemplateEntry } from "../summaryModel";
import type { WriteMergeResult } from "../../excel/writeMerge";
import type { MergeChange, MergeConflict, MergeResult } from "../../units/mergeUnitAnswers";
import { unitLabels } from "../../units/labels";
import { listIndicators } from "../../units/messages";
import { TemplatePicker, TemplateReadMessages, entryLabel } from "./TemplatePicker";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  fieldError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  button: { alignSelf: "flex-start" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  itemName: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  itemDetail: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  kept: { fontWeight: tokens.fontWeightSemibold },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface UnitsViewProps {
  readonly language: Language;
  readonly readMergeSources: ReadMergeSources;
  readonly writeMerge: WriteMerge;
  /** Fan-out; absent where Excel cannot open a new workbook: the view then points to `spbe split`. */
  readonly createUnitWorkbook?: CreateUnitWorkbook;
}

type ReviewState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly review: MergeReview; readonly selection: string }
  | { readonly status: "failed"; readonly error: unknown };

type WriteOutcome =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly result: WriteMergeResult; readonly sheet: string; readonly conflicts: number }
  | { readonly status: "failed"; readonly error: unknown };

export function UnitsView({ language, readMergeSources, writeMerge, createUnitWorkbook }: UnitsViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const { state } = useWorkbookTemplates();
  // Only templates: an own table connected by Hubungkan has none of the columns a unit fills in.
  const entries = state.status === "ready" ? state.entries.filter((e) => e.kind === "template") : [];
  const [coordinatorKey, setCoordinatorKey] = React.useState<string | undefined>(undefined);
  const coordinator = entries.find((e) => e.key === coordinatorKey) ?? entries[0];
  const others = entries.filter((e) => e !== coordinator);
  // Unit sheets are chosen by default: the ones the user unticks are remembered, so sheets copied in later show ticked.
  const [excluded, setExcluded] = React.useState<ReadonlySet<string>>(new Set());
  const units = others.filter((e) => !excluded.has(e.key));
  const selection = [coordinator?.key ?? "", ...units.map((u) => u.key)].join("|");

  const [unitsError, setUnitsError] = React.useState<string | undefined>(undefined);
  const [review, setReview] = React.useState<ReviewState>({ status: "idle" });
  const [confirming, setConfirming] = React.useState(false);
  const [write, setWrite] = React.useState<WriteOutcome>({ status: "idle" });

  function toggle(key: string, checked: boolean) {
    const next = new Set(excluded);
    if (checked) next.delete(key);
    else next.add(key);
    setExcluded(next);
    if (checked) setUnitsError(undefined);
  }

  async function runReview(event: React.FormEvent) {
    event.preventDefault();
    if (!coordinator) return;
    setWrite({ status: "idle" });
    if (units.length === 0) {
      setUnitsError(s.unitsChooseUnit);
      return;
    }
    setUnitsError(undefined);
    setReview({ status: "running" });
    try {
      const [target, ...sources] = await readMergeSources([coordinator, ...units]);
      setReview({ status: "done", review: reviewMerge(target, sources), selection });
    } catch (error) {
      setReview({ status: "failed", error });
    }
  }

  async function confirmMerge(result: MergeResult, sheet: string) {
    setConfirming(false);
    setWrite({ status: "running" });
    try {
      const written = await writeMerge(mergeWrites(result), mergeLog(result, language));
      setWrite({ status: "done", result: written, sheet, conflicts: result.conflicts.length });
      setReview({ status: "idle" });
    } catch (error) {
      setWrite({ status: "failed", error });
    }
  }

  const shown = review.status === "done" && review.selection === selection ? review.review : undefined;
  const ready = shown?.status === "ready" ? shown : undefined;

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
            {others.map((entry) => (
              <Checkbox
                key={entry.key}
                label={entryLabel(entry, language)}
                checked={!excluded.has(entry.key)}
                onChange={(_, d) => toggle(entry.key, d.checked === true)}
              />
            ))}
            {unitsError && (
              <div id="units-sheets-error" role="alert" className={styles.fieldError}>
                {unitsError}
              </div>
            )}
          </fieldset>
        )}

        <Button className={styles.button} type="submit" appearance="primary" disabled={!coordinator || review.status === "running"}>
          {s.unitsReview}
        </Button>

        <div aria-live="polite" className={styles.section}>
          {review.status === "running" && <Spinner size="tiny" label={s.unitsReviewing} />}
          {review.status === "failed" && (
            <ErrorBar title={s.unitsReadFailedTitle}>{describeError(review.error, language).text}</ErrorBar>
          )}
          {shown?.status === "coordinator-broken" && (
            <ErrorBar title={s.unitsCoordinatorBrokenTitle}>{shown.problem.messageIn(language)}</ErrorBar>
          )}
          {ready && (
            <MergeReviewDetails
              result={ready.result}
              language={language}
              writing={write.status === "running"}
              onMerge={() => setConfirming(true)}
            />
          )}
          {write.status === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{s.unitsMergedTitle}</MessageBarTitle>
                {s.unitsMerged(write.result.written, write.sheet, write.result.logSheet, write.conflicts)}
              </MessageBarBody>
            </MessageBar>
          )}
          {write.status === "failed" && (
            <ErrorBar title={s.unitsMergeFailedTitle}>{describeError(write.error, language).text}</ErrorBar>
          )}
        </div>

        {ready && (
          <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{s.unitsConfirmTitle}</DialogTitle>
                <DialogContent>{s.unitsConfirmBody(ready.result.changes.length, ready.coordinatorSheet)}</DialogContent>
                <DialogActions>
                  <Button appearance="primary" onClick={() => void confirmMerge(ready.result, ready.coordinatorSheet)}>
                    {s.unitsConfirm}
                  </Button>
                  <Button onClick={() => setConfirming(false)}>{s.unitsCancel}</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
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

type UnitFileOutcome =
  | { readonly status: "running" }
  | { readonly status: "done"; readonly fileName: string }
  | { readonly status: "failed"; readonly error: unknown };

interface SplitSectionProps {
  readonly language: Language;
  readonly coordinator: TemplateEntry | undefined;
  readonly readMergeSources: ReadMergeSources;
  readonly createUnitWorkbook?: CreateUnitWorkbook;
}

/** Fan-out: the units of the coordinator's template, each with a button that opens its unit workbook in Excel. */
function SplitSection({ language, coordinator, readMergeSources, createUnitWorkbook }: SplitSectionProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const [deadline, setDeadline] = React.useState("");
  const [note, setNote] = React.useState("");
  const [split, setSplit] = React.useState<{ review: SplitReview; key: string } | { error: unknown } | { running: true } | null>(null);
  const [files, setFiles] = React.useState<Record<string, UnitFileOutcome>>({});

  async function showUnits() {
    if (!coordinator) return;
    setSplit({ running: true });
    setFiles({});
    try {
      const [raw] = await readMergeSources([coordinator]);
      setSplit({ review: reviewSplit(raw), key: coordinator.key });
    } catch (error) {
      setSplit({ error });
    }
  }

  async function create(review: Extract<SplitReview, { status: "ready" }>, unit: (typeof review.units)[number]) {
    if (!createUnitWorkbook) return;
    setFiles((f) => ({ ...f, [unit.key]: { status: "running" } }));
    try {
      const options = { language, ...(deadline.trim() ? { deadline: deadline.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
      const { fileName } = await createUnitWorkbook(review.source, unit, options);
      setFiles((f) => ({ ...f, [unit.key]: { status: "done", fileName } }));
    } catch (error) {
      setFiles((f) => ({ ...f, [unit.key]: { status: "failed", error } }));
    }
  }

  const shown = split && "review" in split && split.key === coordinator?.key ? split.review : undefined;

  return (
    <section className={styles.section} aria-labelledby="units-split-heading">
      <h3 id="units-split-heading" className={text.subheading}>
        {createUnitWorkbook ? s.unitsSplitMakeHeading : s.unitsSplitHeading}
      </h3>
      {createUnitWorkbook && coordinator && (
        <>
          <p className={text.note}>{s.unitsSplitIntro}</p>
          <Field label={s.unitsDeadlineLabel} hint={s.unitsDeadlineHint}>
            <Input value={deadline} onChange={(_, d) => setDeadline(d.value)} />
          </Field>
          <Field label={s.unitsNoteLabel}>
            <Input value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <Button className={styles.button} onClick={() => void showUnits()} disabled={split !== null && "running" in split}>
            {s.unitsShowUnits}
          </Button>
        </>
      )}
      <div aria-live="polite" className={styles.section}>
        {split && "error" in split && (
          <ErrorBar title={s.unitsReadFailedTitle}>{describeError(split.error, language).text}</ErrorBar>
        )}
        {shown?.status === "coordinator-broken" && (
          <ErrorBar title={s.unitsCoordinatorBrokenTitle}>{shown.problem.messageIn(language)}</ErrorBar>
        )}
        {shown?.status === "ready" && (
          <>
            {shown.units.length === 0 && <p className={text.note}>{s.unitsNoUnits}</p>}
            <ul className={styles.list} aria-label={s.unitsUnitListLabel}>
              {shown.units.map((unit) => {
                const outcome = files[unit.key];
                return (
                  <li key={unit.key} className={styles.section}>
                    <span className={styles.itemName}>{unit.unit}</span>
                    <span className={styles.itemDetail}>{s.unitsIndicators(listIndicators(unit.indicators), unit.indicators.length)}</span>
                    <Button
                      className={styles.button}
                      size="small"
                      aria-label={s.unitsCreateFileLabel(unit.unit)}
                      disabled={outcome?.status === "running"}
                      onClick={() => void create(shown, unit)}
                    >
                      {s.unitsCreateFile}
                    </Button>
                    {outcome?.status === "done" && <span className={styles.itemDetail}>{s.unitsFileOpened(outcome.fileName)}</span>}
                    {outcome?.status === "failed" && (
                      <MessageBar intent="error">
                        <MessageBarBody>{describeError(outcome.error, language).text}</MessageBarBody>
                      </MessageBar>
                    )}
                  </li>
                );
              })}
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

interface MergeReviewDetailsProps {
  readonly result: MergeResult;
  readonly language: Language;
  readonly writing: boolean;
  readonly onMerge: () => void;
}

function MergeReviewDetails({ result, language, writing, onMerge }: MergeReviewDetailsProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const progress = unitProgress(result);
  return (
    <div className={styles.section}>
      {result.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.unitsProblemsTitle}</MessageBarTitle>
            {result.problems.map((p, i) => (
              <span key={i} className={styles.itemDetail}>
                {p.messageIn(language)}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="units-completeness">
        <h3 id="units-completeness" className={text.subheading}>
          {s.unitsCompletenessHeading}
        </h3>
        <ul className={styles.list} aria-labelledby="units-completeness">
          {progress.map((u) => (
            <li key={u.unit}>
              <span className={styles.itemName}>
                {u.unit}: {s.unitsProgress(u.answered, u.total)}
              </span>
              <span className={styles.itemDetail}>
                {u.missing.length > 0 ? s.unitsMissing(listIndicators(u.missing)) : s.unitsAllAnswered}{" "}
                {u.sheets.length > 0 ? s.unitsSheetsOf(u.sheets.join(", ")) : s.unitsNoSheet}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="units-changes">
        <h3 id="units-changes" className={text.subheading}>
          {s.unitsChangesHeading(result.changes.length)}
        </h3>
        {result.changes.length === 0 ? (
          <p className={text.note}>{s.unitsNoChanges}</p>
        ) : (
          <ul className={styles.list} aria-labelledby="units-changes">
            {result.changes.map((c) => (
              <ChangeItem key={`${c.indicator}-${c.field}`} change={c} language={language} />
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="units-conflicts">
        <h3 id="units-conflicts" className={text.subheading}>
          {s.unitsConflictsHeading(result.conflicts.length)}
        </h3>
        {result.conflicts.length === 0 ? (
          <p className={text.note}>{s.unitsNoConflicts}</p>
        ) : (
          <>
            <p className={text.note}>{s.unitsConflictNote}</p>
            {result.conflicts.map((c) => (
              <ConflictTable key={`${c.indicator}-${c.field}`} conflict={c} language={language} />
            ))}
          </>
        )}
      </section>

      <Button className={styles.button} appearance="primary" onClick={onMerge} disabled={writing || result.changes.length === 0}>
        {s.unitsMerge(result.changes.length)}
      </Button>
    </div>
  );
}

function ChangeItem({ change, language }: { readonly change: MergeChange; readonly language: Language }) {
  const styles = useStyles();
  const s = STRINGS[language];
  const labels = unitLabels(language);
  const source = change.files.map((file, k) => s.unitsAnswerSource(change.units[k] ?? labels.noUnit, file, true)).join("; ");
  return (
    <li>
      <span className={styles.itemName}>{s.unitsItem(change.indicator, labels.fields[change.field])}</span>
      <span className={styles.itemDetail}>
        {s.unitsChangeDetail(shownValue(change.oldValue, change.field, language), shownValue(change.newValue, change.field, language), source)}
      </span>
    </li>
  );
}

/** One conflict side by side: the coordinator's value (kept) and every differing answer with its unit and sheet. */
function ConflictTable({ conflict, language }: { readonly conflict: MergeConflict; readonly language: Language }) {
  const styles = useStyles();
  const s = STRINGS[language];
  const labels = unitLabels(language);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        {s.unitsItem(conflict.indicator, labels.fields[conflict.field])}: {labels.conflicts.reason[conflict.reason]}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {s.unitsSourceHeader}
          </th>
          <th scope="col" className={styles.cell}>
            {s.unitsValueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={mergeClasses(styles.cell, styles.kept)}>
            {s.unitsCoordinatorKept}
          </th>
          <td className={mergeClasses(styles.cell, styles.kept)}>{shownValue(conflict.coordinatorValue, conflict.field, language)}</td>
        </tr>
        {conflict.answers.map((a) => (
          <tr key={a.file}>
            <th scope="row" className={styles.cell}>
              {s.unitsAnswerSource(a.unit ?? labels.noUnit, a.file, a.assigned)}
            </th>
            <td className={styles.cell}>{shownValue(a.value, conflict.field, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
