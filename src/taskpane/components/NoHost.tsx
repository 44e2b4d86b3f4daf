/**
 * Shown when the page is opened outside Excel (a plain browser, or office.js unreachable): what the add-in is and
 * how to install it, instead of a broken pane.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function NoHost({ language }: { readonly language: Language }) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  return (
    <section className={styles.root} aria-labelledby="nohost-heading">
      <h2 id="nohost-heading" className={text.heading}>
        {s.noHostTitle}
      </h2>
      <p className={text.body}>{s.noHostIntro}</p>
      <h3 className={text.subheading}>{s.noHostInstallHeading}</h3>
      <ol className={styles.steps}>
        {s.noHostSteps.map((step) => (
          <li key={step} className={text.body}>
            {step}
          </li>
        ))}
      </ol>
      <p className={text.note}>{s.noHostNote}</p>
    </section>
  );
}
