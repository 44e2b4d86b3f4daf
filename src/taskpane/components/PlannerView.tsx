/**
 * Rencana: plans the cheapest level increases that reach a target index or predikat (src/core/plan.ts), shows the
 * plan and the projected index, and writes the planned levels into the template's Target column (SPBE_TARGETS)
 * only after the user confirms. Assessment levels are never written.
 */
import * as React from "react";
import {
  Button, Checkbox, Field, Input, MessageBar,
  MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, makeStyles, tokens,
} from "@fluentui/react-components";
import {
  GROWING_EFFORT, describePlan, externalIndicators, formatHundredths, localName, planToTarget, readIndicatorCaps, readIndicatorList, readTarget, SpbeError,
  type Plan, type PlanStepKind, type PredikatPractice,
} from "../../core";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { describeError } from "../errorText";
import { formatExact, formatLevel } from "../format";
import { useWorkbookTemplates } from "../templatesContext";
import type { WriteTargets } from "../actions";
import type { TemplateEntry } from "../summaryModel";
import { TemplatePicker, TemplateReadMessages, useNarrowSelectStyles } from "./TemplatePicker";
import { ErrorBar } from "./ErrorBar";
import { ConfirmDialog } from "./ConfirmDialog";
import { useAsyncAction } from "../useAsyncAction";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start" },
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, margin: 0 },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const MAX_RISE_CHOICES = [1, 2, 3, 4] as const;

export interface PlannerViewProps {
  readonly language: Language;
  readonly writeTargets: WriteTargets;
}

export function PlannerView({ language, writeTargets }: PlannerViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const narrow = useNarrowSelectStyles();
  const s = STRINGS[language];
  const { state } = useWorkbookTemplates();
  const entries = state.status === "ready" ? state.entries.filter((e) => e.summary) : [];
  const [selectedKey, setSelectedKey] = React.useState<string | undefined>(undefined);
  const selected: TemplateEntry | undefined = entries.find((e) => e.key === selectedKey) ?? entries[0];
  const summary = selected?.summary;

  const [target, setTarget] = React.useState("");
  const [maxRise, setMaxRise] = React.useState("");
  const [practice, setPractice] = React.useState<PredikatPractice>("exact");
  const [stepTo, setStepTo] = React.useState<PlanStepKind>("level");
  // Indicators kept out of the plan; undefined until the user types: then the framework's external indicators
  // (their values come from other agencies), per template.
  const [lockedText, setLockedText] = React.useState<string | undefined>(undefined);
  const [growingEffort, setGrowingEffort] = React.useState(false);
  const [lockedError, setLockedError] = React.useState<string | undefined>(undefined);
  const [capsText, setCapsText] = React.useState("");
  const [capsError, setCapsError] = React.useState<string | undefined>(undefined);
  const [targetError, setTargetError] = React.useState<string | undefined>(undefined);
  const [plan, setPlan] = React.useState<{ plan: Plan; entryKey: string } | { error: unknown } | null>(null);
  const [confirming, setConfirming] = React.useState(false);
  const writing = useAsyncAction((planned: Plan, entry: TemplateEntry) => writeTargets(entry, planned.levels));
  const write = writing.state;

  const bands = summary ? summary.framework.bands.map((b) => b.predikat).join(", ") : "";
  const locked = lockedText ?? (summary ? externalIndicators(summary.framework).map((i) => i.no).join(", ") : "");
  // Band steps only mean something on a scale with value bands (Pemdi); whole levels elsewhere.
  const hasBands = summary ? summary.framework.levelScales.some((x) => x.valueBandFloors) : false;

  function compute(event: React.FormEvent) {
    event.preventDefault();
    if (!selected || !summary) return;
    writing.reset();
    if (target.trim() === "") {
      setTargetError(s.plannerTargetRequired);
      setPlan(null);
      return;
    }
    // Each field read by the core; a refusal is shown on its field, in the user's language, and nothing is planned.
    const readField = <T,>(read: () => T, setError: (message: string | undefined) => void): T | undefined => {
      try {
        const value = read();
        setError(undefined);
        return value;
      } catch (error) {
        setError(error instanceof SpbeError ? error.messageIn(language) : describeError(error, language).text);
        return undefined;
      }
    };
    const resolved = readField(() => readTarget(target, summary.framework), setTargetError);
    const lockedNos = readField(() => readIndicatorList(locked, summary.framework), setLockedError);
    const caps = readField(() => readIndicatorCaps(capsText, summary.framework), setCapsError);
    if (resolved === undefined || lockedNos === undefined || caps === undefined) {
      setPlan(null);
      return;
    }
    try {
      // Locked indicators do not move, capped ones rise at most to their cap; with growing effort the step to level n costs n.
      const indicators = Object.fromEntries(summary.framework.indicators.map((ind) => [
        ind.no,
        { locked: lockedNos.includes(ind.no), ...(caps[ind.no] !== undefined ? { maxLevel: caps[ind.no] } : {}), ...(growingEffort ? { effort: GROWING_EFFORT } : {}) },
      ]));
      const options = { practice, stepTo: hasBands ? stepTo : ("level" as const), indicators, ...(maxRise ? { maxRise: Number(maxRise) } : {}) };
      // An exact mean of service rows (5/2018's indicator 35) that is not a whole hundredth cannot be planned on.
      if (summary.planProblem) throw summary.planProblem;
      setPlan({ plan: planToTarget(summary.framework, summary.levels, resolved, options), entryKey: selected.key });
    } catch (error) {
      setPlan({ error });
    }
  }

  function confirmWrite(planned: Plan, entry: TemplateEntry) {
    setConfirming(false);
    void writing.run(planned, entry);
  }

  const shownPlan = plan && "plan" in plan && plan.entryKey === selected?.key ? plan.plan : undefined;

  return (
    <form className={styles.form} onSubmit={compute} noValidate aria-labelledby="planner-heading">
      <h2 id="planner-heading" className={text.heading}>
        {s.plannerHeading}
      </h2>
      <p className={text.note}>{s.plannerIntro}</p>

      <TemplateReadMessages state={state} language={language} />
      <TemplatePicker label={s.templatePicker} entries={entries} selectedKey={selected?.key} onSelect={setSelectedKey} language={language} />

      <Field
        label={s.plannerTargetLabel}
        required
        hint={bands ? s.plannerTargetHint(bands) : undefined}
        validationState={targetError ? "error" : "none"}
        validationMessage={targetError}
      >
        <Input value={target} onChange={(_, d) => setTarget(d.value)} />
      </Field>

      <Field label={s.plannerMaxRiseLabel}>
        <Select className={narrow.selectNarrow} select={{ className: narrow.selectControlNarrow }} value={maxRise} onChange={(_, d) => setMaxRise(d.value)}>
          <option value="">{s.plannerMaxRiseNone}</option>
          {MAX_RISE_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {s.plannerMaxRiseOption(n)}
            </option>
          ))}
        </Select>
      </Field>

      <Field
        label={s.plannerLockedLabel}
        hint={s.plannerLockedHint}
        validationState={lockedError ? "error" : "none"}
        validationMessage={lockedError}
      >
        <Input value={locked} onChange={(_, d) => setLockedText(d.value)} />
      </Field>

      <Field label={s.plannerCapsLabel} hint={s.plannerCapsHint} validationState={capsError ? "error" : "none"} validationMessage={capsError}>
        <Input value={capsText} onChange={(_, d) => setCapsText(d.value)} />
      </Field>

      <Checkbox checked={growingEffort} onChange={(_, d) => setGrowingEffort(d.checked === true)} label={s.plannerGrowingEffort} />

      {hasBands && (
        <Field label={s.plannerStepLabel}>
          <RadioGroup value={stepTo} onChange={(_, d) => setStepTo(d.value as PlanStepKind)}>
            <Radio value="level" label={s.plannerStepLevel} />
            <Radio value="band" label={s.plannerStepBand} />
          </RadioGroup>
        </Field>
      )}

      <Field label={s.plannerPracticeLabel}>
        <RadioGroup value={practice} onChange={(_, d) => setPractice(d.value as PredikatPractice)}>
          <Radio value="exact" label={s.plannerPracticeExact} />
          <Radio value="rounded" label={s.plannerPracticeRounded} />
        </RadioGroup>
      </Field>

      <Button className={styles.button} type="submit" appearance="primary" disabled={!summary}>
        {s.plannerCompute}
      </Button>

      <div aria-live="polite" className={styles.result}>
        {plan && "error" in plan && (
          <ErrorBar title={s.plannerFailedTitle}>{describeError(plan.error, language).text}</ErrorBar>
        )}
        {shownPlan && selected && (
          <PlanResult
            plan={shownPlan}
            pics={summary?.pics ?? []}
            language={language}
            writing={writing.running}
            onWrite={selected?.kind === "template" ? () => setConfirming(true) : undefined}
          />
        )}
        {write.status === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>
              <MessageBarTitle>{s.plannerWrittenTitle}</MessageBarTitle>
              {s.plannerWritten(write.result)}
            </MessageBarBody>
          </MessageBar>
        )}
        {write.status === "failed" && (
          <ErrorBar title={s.plannerWriteFailedTitle}>{describeError(write.error, language).text}</ErrorBar>
        )}
      </div>

      {shownPlan && selected && (
        <ConfirmDialog
          open={confirming}
          title={s.plannerConfirmTitle}
          body={s.plannerConfirmBody(shownPlan.steps.length, selected.sheetName)}
          confirmLabel={s.plannerConfirm}
          cancelLabel={s.plannerCancel}
          onConfirm={() => confirmWrite(shownPlan, selected)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}

interface PlanResultProps {
  readonly plan: Plan;
  /** PIC / OPD per indicator, to say who acts on each step ("" where none). */
  readonly pics: readonly string[];
  readonly language: Language;
  readonly writing: boolean;
  /** Absent for an own table (no target column to write to): the view says so instead. */
  readonly onWrite?: () => void;
}

function PlanResult({ plan, pics, language, writing, onWrite }: PlanResultProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const band = (b: Plan["projected"]["band"]) => (language === "id" ? b.predikat : `${b.predikat} (${b.predikatEn})`);
  return (
    <section className={styles.result} aria-label={s.plannerHeading}>
      <MessageBar intent={plan.status === "unreachable" ? "warning" : "success"}>
        <MessageBarBody>{describePlan(plan, language)}</MessageBarBody>
      </MessageBar>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={text.figureLabel}>{s.plannerCurrent}</dt>
          <dd className={text.figureValue} data-testid="plan-current">
            {formatHundredths(plan.current.hundredths, language)} · {band(plan.current.band)}
          </dd>
        </div>
        <div className={styles.figure}>
          <dt className={text.figureLabel}>{s.plannerProjected}</dt>
          <dd className={text.figureValue} data-testid="plan-projected">
            {formatHundredths(plan.projected.hundredths, language)} · {band(plan.projected.band)}
          </dd>
        </div>
      </dl>
      <p className={text.note}>{s.plannerSimulated}</p>
      {plan.steps.length > 0 && (
        <>
          <h3 className={text.subheading}>{s.plannerStepsHeading}</h3>
          <ol className={styles.steps} aria-label={s.plannerStepsHeading}>
            {plan.steps.map((step) => (
              <li key={step.indicator.no}>
                <span className={text.item}>
                  {s.gapItem(step.indicator.no, localName(step.indicator, language))}
                </span>
                <span className={text.itemDetail}>
                  {s.plannerStepDetail(formatLevel(step.from, language), formatLevel(step.to, language), formatExact(step.gain, language, 4))}
                  {pics[step.indicator.no - 1] ? ` · ${s.plannerOwner(pics[step.indicator.no - 1])}` : ""}
                </span>
              </li>
            ))}
          </ol>
          {onWrite ? (
            <Button className={styles.button} onClick={onWrite} disabled={writing}>
              {s.plannerWrite}
            </Button>
          ) : (
            <p className={text.note}>{s.connectOwnTableNoTargets}</p>
          )}
        </>
      )}
    </section>
  );
}
