/**
 * Template: the form that generates an evaluation template into the workbook. Input problems show on their Field
 * (validationMessage, role="alert"); the outcome of the workbook operation shows in a MessageBar. What the user
 * typed stays in the form whatever happens.
 */
import * as React from "react";
import {
  Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Select, makeStyles, tokens,
} from "@fluentui/react-components";
import { EVALUATION_YEARS, FRAMEWORK_IDS, frameworkForYear, type FrameworkId } from "../../core";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { describeError } from "../errorText";
import type { InsertTemplate, InsertTemplateOptions } from "../actions";
import { useAsyncAction } from "../useAsyncAction";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  submit: { alignSelf: "flex-start" },
  // A native select is as wide as its longest option; at 320px it must shrink instead.
  selectNarrow: { minWidth: 0, maxWidth: "100%" },
  selectControlNarrow: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

const BY_YEAR = "year";
type FrameworkChoice = FrameworkId | typeof BY_YEAR;

const MIN_YEAR = EVALUATION_YEARS.first;
const MAX_YEAR = EVALUATION_YEARS.last;

export interface TemplateFormValues {
  readonly framework: FrameworkChoice;
  readonly year: string;
  readonly instansi: string;
  readonly filledBy: string;
  readonly language: Language;
  /** The Bukti Dukung sheet as ticked; undefined until the user touches it: then the framework's default. */
  readonly evidence?: boolean;
}

interface YearCheck {
  readonly error?: string;
  readonly warning?: string;
  readonly hint?: string;
  readonly year?: number;
  readonly framework?: FrameworkId;
}

/** Reads the year and settles the framework; an error blocks generation, a warning does not. */
export function checkYear(values: TemplateFormValues, language: Language): YearCheck {
  const s = STRINGS[language];
  const text = values.year.trim();
  if (text === "") {
    return values.framework === BY_YEAR ? { error: s.yearRequired } : { framework: values.framework };
  }
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  const fromYear = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? frameworkForYear(year) : undefined;
  if (!fromYear) return { error: s.yearInvalid };
  if (values.framework === BY_YEAR) return { year, framework: fromYear.id, hint: s.yearResolves(fromYear.id) };
  // A template on another framework is allowed (a 59/2020 baseline restated in 2026), but worth a second look.
  if (fromYear.id !== values.framework) return { year, framework: values.framework, warning: s.yearMismatch(values.framework, year) };
  return { year, framework: values.framework };
}

export interface TemplateFormProps {
  readonly language: Language;
  /** Generates the template (src/excel/insertTemplate.ts); absent when this build cannot generate templates. */
  readonly insertTemplate?: InsertTemplate;
  /** Today, whose year chooses the framework offered first (8/2026 from 2026 on). @default new Date() */
  readonly today?: Date;
}

export function TemplateForm({ language, insertTemplate, today }: TemplateFormProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const [values, setValues] = React.useState<TemplateFormValues>(() => ({
    // The framework evaluated this year: a template made in 2026 is a Pemdi one unless the user says otherwise.
    framework: frameworkForYear((today ?? new Date()).getFullYear())?.id ?? FRAMEWORK_IDS[0],
    year: "",
    instansi: "",
    filledBy: "",
    language,
  }));
  const [submitted, setSubmitted] = React.useState(false);
  const generate = useAsyncAction(async (options: InsertTemplateOptions) => {
    if (!insertTemplate) throw new Error("insertTemplate is not available"); // the button is disabled then
    return insertTemplate(options);
  });
  const outcome = generate.state;
  const running = generate.running;
  const yearCheck = checkYear(values, language);
  const showYearError = submitted && yearCheck.error !== undefined;
  // The framework's default (the Pemdi cycle runs on evidence items) until the user ticks or unticks it.
  const evidence = values.evidence ?? yearCheck.framework === "8/2026";

  const set = <K extends keyof TemplateFormValues>(key: K, value: TemplateFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!insertTemplate || running || yearCheck.error || !yearCheck.framework) return;
    const options: InsertTemplateOptions = {
      framework: yearCheck.framework,
      language: values.language,
      ...(values.instansi.trim() ? { instansi: values.instansi.trim() } : {}),
      ...(yearCheck.year !== undefined ? { year: yearCheck.year } : {}),
      ...(values.filledBy.trim() ? { filledBy: values.filledBy.trim() } : {}),
      evidence,
    };
    await generate.run(options);
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="template-heading">
      <h2 id="template-heading" className={text.heading}>
        {s.templateHeading}
      </h2>
      <p className={text.note}>{s.templateIntro}</p>

      <Field label={s.frameworkLabel}>
        <Select
          className={styles.selectNarrow}
          select={{ className: styles.selectControlNarrow }}
          value={values.framework}
          onChange={(_, d) => set("framework", d.value as FrameworkChoice)}
        >
          {FRAMEWORK_IDS.map((id) => (
            <option key={id} value={id}>
              {s.frameworkOption[id]}
            </option>
          ))}
          <option value={BY_YEAR}>{s.frameworkByYear}</option>
        </Select>
      </Field>

      <Field
        label={s.yearLabel}
        required={values.framework === BY_YEAR}
        hint={yearCheck.hint ?? s.yearHint}
        validationState={showYearError ? "error" : yearCheck.warning ? "warning" : "none"}
        validationMessage={showYearError ? yearCheck.error : yearCheck.warning}
      >
        <Input inputMode="numeric" value={values.year} onChange={(_, d) => set("year", d.value)} />
      </Field>

      <Field label={s.instansiLabel} hint={s.instansiHint}>
        <Input value={values.instansi} onChange={(_, d) => set("instansi", d.value)} />
      </Field>

      <Field label={s.filledByLabel}>
        <Input value={values.filledBy} onChange={(_, d) => set("filledBy", d.value)} />
      </Field>

      <Field hint={s.evidenceHint}>
        <Checkbox checked={evidence} onChange={(_, d) => set("evidence", d.checked === true)} label={s.evidenceLabel} />
      </Field>

      <Field label={s.templateLanguageLabel}>
        <RadioGroup value={values.language} onChange={(_, d) => set("language", d.value as Language)} layout="horizontal">
          <Radio value="id" label={s.languageId} />
          <Radio value="en" label={s.languageEn} />
        </RadioGroup>
      </Field>

      <div className={styles.actions}>
        {!insertTemplate && (
          <MessageBar intent="warning">
            <MessageBarBody>{s.generateUnavailable}</MessageBarBody>
          </MessageBar>
        )}
        <Button className={styles.submit} type="submit" appearance="primary" disabled={!insertTemplate || running}>
          {s.generate}
        </Button>
        {running && (
          <Field validationMessage={s.generating} validationState="none">
            <ProgressBar aria-label={s.generating} />
          </Field>
        )}
        <div aria-live="polite">
          {outcome.status === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>{s.generatedTitle}</MessageBarTitle>
                {s.generatedBody(outcome.result.sheetNames.join(", "), outcome.result.sheetNames[0] ?? "")}
              </MessageBarBody>
            </MessageBar>
          )}
          {outcome.status === "failed" && <Failure error={outcome.error} language={language} />}
        </div>
      </div>
    </form>
  );
}

function Failure({ error, language }: { readonly error: unknown; readonly language: Language }) {
  const s = STRINGS[language];
  const described = describeError(error, language);
  return (
    <ErrorBar title={s.generateFailedTitle}>{described.text}</ErrorBar>
  );
}
