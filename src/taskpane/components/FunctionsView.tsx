/**
 * Fungsi: a short reference of every SPBE.* function, each with an example and a button that writes the example
 * into the selected cell.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { STRINGS } from "../strings";
import { describeError } from "../errorText";
import { FUNCTION_REFERENCE } from "../functionReference";
import { ErrorBar } from "./ErrorBar";

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
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: "anywhere" },
  localName: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  text: { margin: 0, fontSize: tokens.fontSizeBase200 },
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

/** The outcome shows under the button that was pressed, where the user is looking. */
type Outcome =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly id: string }
  | { readonly status: "done"; readonly id: string; readonly formula: string; readonly cell: string }
  | { readonly status: "failed"; readonly id: string; readonly error: unknown };

export interface FunctionsViewProps {
  readonly language: Language;
  readonly insertFormula: (formula: string) => Promise<string>;
}

export function FunctionsView({ language, insertFormula }: FunctionsViewProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const [outcome, setOutcome] = React.useState<Outcome>({ status: "idle" });

  async function insert(id: string, formula: string) {
    setOutcome({ status: "running", id });
    try {
      setOutcome({ status: "done", id, formula, cell: await insertFormula(formula) });
    } catch (error) {
      setOutcome({ status: "failed", id, error });
    }
  }

  return (
    <div className={styles.root}>
      <h2 className={text.heading}>{s.functionsHeading}</h2>
      <p className={text.note}>{s.functionsIntro}</p>
      <ul className={styles.list}>
        {FUNCTION_REFERENCE.map((fn) => (
          <li key={fn.id} className={styles.item}>
            <h3 className={styles.name}>
              SPBE.{fn.id}({fn.signature}){" "}
              {language === "id" && <span className={styles.localName}>· SPBE.{fn.idName}</span>}
            </h3>
            <p className={styles.text}>{fn.description[language]}</p>
            <p className={styles.text}>
              {s.example}: <code className={styles.code}>{fn.example}</code> → {fn.result[language]}
            </p>
            <Button
              className={styles.insert}
              size="small"
              aria-label={s.insertExampleLabel(`SPBE.${fn.id}`)}
              disabled={outcome.status === "running"}
              onClick={() => void insert(fn.id, fn.example)}
            >
              {s.insertExample}
            </Button>
            <div aria-live="polite">
              {outcome.status === "done" && outcome.id === fn.id && (
                <MessageBar intent="success">
                  <MessageBarBody>
                    <MessageBarTitle>{s.insertedTitle}</MessageBarTitle>
                    {s.inserted(outcome.formula, outcome.cell)}
                  </MessageBarBody>
                </MessageBar>
              )}
              {outcome.status === "failed" && outcome.id === fn.id && (
                <ErrorBar title={s.insertFailedTitle}>{describeError(outcome.error, language).text}</ErrorBar>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
