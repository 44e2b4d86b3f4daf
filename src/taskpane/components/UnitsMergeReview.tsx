/**
 * Unit/OPD, the review of a merge before anything is written: per unit what is still empty, the changes the merge
 * would make, and each conflict side by side, where the coordinator keeps their value or takes one unit's answer.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, mergeClasses } from "@fluentui/react-components";
import type { Language } from "../language";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { shownValue, unitProgress } from "../unitsModel";
import type { MergeChange, MergeConflict, MergeResult } from "../../units/mergeUnitAnswers";
import { conflictKey } from "../../units/conflictDecisions";
import { unitLabels } from "../../units/labels";
import { listIndicators } from "../../units/messages";
import { useTextStyles } from "./textStyles";
import { useUnitsStyles } from "./unitsStyles";

interface MergeReviewDetailsProps {
  /** The merge with the coordinator's decisions applied (decided conflicts are changes). */
  readonly result: MergeResult;
  /** The merge as reviewed, before decisions: its conflicts are the ones to decide. */
  readonly reviewed: MergeResult;
  /** Per conflict key, the position of the answer taken; absent: the coordinator's value is kept. */
  readonly taken: ReadonlyMap<string, number>;
  readonly onDecide: (key: string, answer: number | undefined) => void;
  readonly language: Language;
  readonly writing: boolean;
  readonly onMerge: () => void;
}

export function MergeReviewDetails({ result, reviewed, taken, onDecide, language, writing, onMerge }: MergeReviewDetailsProps) {
  const styles = useUnitsStyles();
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
              <span key={i} className={text.itemDetail}>
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
              <span className={mergeClasses(text.item, text.strong)}>
                {u.unit}: {s.unitsProgress(u.answered, u.total)}
              </span>
              <span className={text.itemDetail}>
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
          {s.unitsConflictsHeading(reviewed.conflicts.length)}
        </h3>
        {reviewed.conflicts.length === 0 ? (
          <p className={text.note}>{s.unitsNoConflicts}</p>
        ) : (
          <>
            <p className={text.note}>{s.unitsConflictNote}</p>
            {reviewed.conflicts.map((c) => (
              <ConflictTable key={conflictKey(c)} conflict={c} language={language} taken={taken.get(conflictKey(c))} onDecide={(k) => onDecide(conflictKey(c), k)} />
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
  const styles = useUnitsStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const labels = unitLabels(language);
  const source = change.files.map((file, k) => s.unitsAnswerSource(change.units[k] ?? labels.noUnit, file, true)).join("; ");
  return (
    <li>
      <span className={mergeClasses(text.item, text.strong)}>{s.unitsItem(change.indicator, labels.fields[change.field])}</span>
      <span className={text.itemDetail}>
        {s.unitsChangeDetail(shownValue(change.oldValue, change.field, language), shownValue(change.newValue, change.field, language), source)}
      </span>
    </li>
  );
}

/** One conflict side by side: the coordinator's value (kept) and every differing answer with its unit and sheet. */
function ConflictTable({ conflict, language, taken, onDecide }: {
  readonly conflict: MergeConflict; readonly language: Language; readonly taken: number | undefined; readonly onDecide: (answer: number | undefined) => void;
}) {
  const styles = useUnitsStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const labels = unitLabels(language);
  const item = s.unitsItem(conflict.indicator, labels.fields[conflict.field]);
  return (
    <div>
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
            <th scope="row" className={mergeClasses(styles.cell, text.strong)}>
              {s.unitsCoordinatorKept}
            </th>
            <td className={mergeClasses(styles.cell, text.strong)}>{shownValue(conflict.coordinatorValue, conflict.field, language)}</td>
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
      <RadioGroup
        aria-label={s.unitsDecisionLabel(item)}
        value={taken === undefined ? "keep" : String(taken)}
        onChange={(_, d) => onDecide(d.value === "keep" ? undefined : Number(d.value))}
      >
        <Radio value="keep" label={s.unitsKeepMine} />
        {conflict.answers.map((a, k) => (
          <Radio key={a.file} value={String(k)} label={s.unitsTakeAnswer(s.unitsAnswerSource(a.unit ?? labels.noUnit, a.file, a.assigned), shownValue(a.value, conflict.field, language))} />
        ))}
      </RadioGroup>
    </div>
  );
}
