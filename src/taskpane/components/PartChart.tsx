/**
 * Bar chart of aspects or domains against their targets, drawn with plain elements (no chart library). Each row is
 * a list item whose text carries the values, so the chart reads the same to a screen reader; the bars are
 * decorative (aria-hidden).
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { localName, ratioToNumber } from "../../core";
import type { Language } from "../language";
import { STRINGS } from "../strings";
import { formatRounded } from "../format";
import { reachedTarget, type PartScore } from "../summaryModel";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  values: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  track: {
    position: "relative",
    // A bar of 12px reads at the narrow pane width; there is no size token for chart bars.
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { position: "absolute", top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusSmall },
  barBelowTarget: { backgroundColor: tokens.colorBrandBackground },
  barAtTarget: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  target: {
    position: "absolute",
    // The marker stands out above and below the bar by 3px so it stays visible over a full bar.
    top: "-3px",
    bottom: "-3px",
    width: tokens.strokeWidthThick,
    backgroundColor: tokens.colorNeutralForeground1,
  },
  legend: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
});

export interface PartChartProps {
  readonly parts: readonly PartScore[];
  readonly maxLevel: number;
  readonly language: Language;
  /** Accessible name of the list, e.g. "Aspek terhadap target". */
  readonly label: string;
}

function percent(value: number, max: number): string {
  return `${Math.min(100, Math.max(0, (value / max) * 100))}%`;
}

export function PartChart({ parts, maxLevel, language, label }: PartChartProps) {
  const styles = useStyles();
  const s = STRINGS[language];
  const hasTargets = parts.some((p) => p.target !== null);
  return (
    <div>
      <ul className={styles.list} aria-label={label}>
        {parts.map((part) => {
          const value = formatRounded(part.value, language);
          const target = part.target ? formatRounded(part.target, language) : null;
          return (
            <li key={part.id} className={styles.row}>
              <span className={styles.label}>
                <span className={styles.code}>{part.id}</span>
                {localName(part, language)}
              </span>
              <div className={styles.track} aria-hidden="true">
                <div
                  className={mergeClasses(styles.bar, reachedTarget(part) ? styles.barAtTarget : styles.barBelowTarget)}
                  style={{ width: percent(ratioToNumber(part.value), maxLevel) }}
                />
                {part.target && <div className={styles.target} style={{ left: percent(ratioToNumber(part.target), maxLevel) }} />}
              </div>
              <span className={styles.values}>{s.partValue(value, target)}</span>
            </li>
          );
        })}
      </ul>
      {hasTargets && <p className={styles.legend}>{s.chartLegend}</p>}
    </div>
  );
}
