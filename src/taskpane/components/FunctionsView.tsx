/**
 * Fungsi: a short reference of every SPBE.* function, each with an example and a button that writes the example
 * into the selected cell. Examples are shown as the user's Excel writes them (Indonesian names in Indonesian Excel,
 * ";" and decimal commas where the locale has them); what is written is the en-US formula, which Excel and
 * src/excel/insertFormula.ts turn into the user's form.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { VIEW_STRINGS as STRINGS } from "../strings/views";
import { describeError } from "../errorText";
import { FUNCTION_REFERENCE } from "../functionReference";
import { ErrorBar } from "./ErrorBar";
import { useAsyncAction, type AsyncState } from "../useAsyncAction";
import { EN_US_FORMULAS, INDONESIAN_NAMES, shownFormula, type FormulaLocale } from "../../excel/formulaText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: "anywhere" },
  // The Indonesian name beside the English one, inside the heading: not bold.
  localName: { fontWeight: tokens.fontWeightRegular },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  insert: { alignSelf: "flex-start" },
});

export interface FunctionsViewProps {
  readonly language: Language;
  readonly insertFormula: (formula: string) => Promise<string>;
  /** The user's Excel's way of writing formulas; absent (tests, no host): en-US. */
  readonly readFormulaLocale?: () => Promise<FormulaLocale>;
}

/** The locale read once; en-US until it is known, and when it cannot be read (the examples stay correct en-US). */
function useFormulaLocale(read: (() => Promise<FormulaLocale>) | undefined): FormulaLocale {
  const [locale, setLocale] = React.useState<FormulaLocale>(EN_US_FORMULAS);
  React.useEffect(() => {
    let live = true;
    read?.().then((l) => live && setLocale(l), () => undefined);
    return () => {
      live = false;
    };
  }, [read]);
  return locale;
}

export function FunctionsView({ language, insertFormula, readFormulaLocale }: FunctionsViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const locale = useFormulaLocale(readFormulaLocale);
  const shown = (formula: string) => shownFormula(formula, locale);
  // The outcome shows under the button that was pressed (the function id, the first argument), where the user is looking.
  const insert = useAsyncAction((_id: string, formula: string) => insertFormula(formula));
  const outcome = insert.state;
  const shownFor = (id: string) => (outcome.status === "idle" ? undefined : outcome.args[0] === id ? outcome : undefined);

  return (
    <div className={styles.root}>
      <h2 className={text.heading}>{s.functionsHeading}</h2>
      <p className={text.note}>{s.functionsIntro}</p>
      <ul className={styles.list}>
        {FUNCTION_REFERENCE.map((fn) => (
          <li key={fn.id} className={styles.item}>
            <h3 className={mergeClasses(text.subheading, styles.name)}>
              SPBE.{fn.id}({fn.signature}){" "}
              {(language === "id" || locale.names === "id") && (
                <span className={mergeClasses(text.note, styles.localName)}>· SPBE.{INDONESIAN_NAMES.get(fn.id)}</span>
              )}
            </h3>
            <p className={text.small}>{fn.description[language]}</p>
            <p className={text.small}>
              {s.example}: <code className={styles.code}>{shown(fn.example)}</code> → {fn.result[language]}
            </p>
            <Button
              className={styles.insert}
              size="small"
              aria-label={s.insertExampleLabel(`SPBE.${fn.id}`)}
              disabled={insert.running}
              onClick={() => void insert.run(fn.id, fn.example)}
            >
              {s.insertExample}
            </Button>
            <InsertOutcome outcome={shownFor(fn.id)} language={language} shown={shown} />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface InsertOutcomeProps {
  readonly outcome: AsyncState<string, [string, string]> | undefined;
  readonly language: Language;
  readonly shown: (formula: string) => string;
}

function InsertOutcome({ outcome, language, shown }: InsertOutcomeProps) {
  const s = STRINGS[language];
  return (
    <div aria-live="polite">
      {outcome?.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{s.insertedTitle}</MessageBarTitle>
            {s.inserted(shown(outcome.args[1]), outcome.result)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "failed" && <ErrorBar title={s.insertFailedTitle}>{describeError(outcome.error, language).text}</ErrorBar>}
    </div>
  );
}
