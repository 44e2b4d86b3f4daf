/**
 * Bar chart of aspects or domains against their targets and last year, drawn with plain elements (no chart
 * library), on a labelled scale from 0 to the framework's maximum, each bar coloured by the predikat band of its
 * value (an aspect at 0,30 of 5 is red, not green for want of a target). The target is a vertical line, last year a
 * triangle under the bar. Each row is a list item whose text carries the values and the predikat, so the chart reads
 * the same to a screen reader; the bars and the scale are decorative (aria-hidden).
 *
 * Bars, not a radar: a bar's length is read against one common scale, exactly, and a mark beside it (target, last
 * year) is read the same way; the aspects keep the regulation's order top to bottom, and their long official names
 * fit above the bars at 320 px. A radar's area grows with the square of the values and depends on the order of its
 * axes, and eight long names around a circle do not fit the pane. The files' charts (drawCharts.ts) are bars too.
 */
import * as React from "react";
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { bandOfIndex, localName, ratioToNumber, type Framework } from "../../core";
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
    // Room under the bar for last year's triangle, so it never covers the row's text.
    marginBottom: "6px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { position: "absolute", top: 0, bottom: 0, left: 0, borderRadius: tokens.borderRadiusSmall },
  // Band colours, best first, as the template's Ringkasan colours them (green to red).
  band0: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  band1: { backgroundColor: tokens.colorPaletteLightGreenBackground3 },
  band2: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  band3: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  band4: { backgroundColor: tokens.colorPaletteRedBackground3 },
  scale: { display: "flex", justifyContent: "space-between", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  target: {
    position: "absolute",
    // The marker stands out above and below the bar by 3px so it stays visible over a full bar.
    top: "-3px",
    bottom: "-3px",
    width: tokens.strokeWidthThick,
    backgroundColor: tokens.colorNeutralForeground1,
  },
  lastYear: {
    position: "absolute",
    // A small triangle under the bar, pointing up at last year's value; its size is the chart's, no token fits.
    bottom: "-7px",
    width: 0,
    height: 0,
    marginLeft: "-5px",
    ...shorthands.borderLeft("5px", "solid", "transparent"),
    ...shorthands.borderRight("5px", "solid", "transparent"),
    ...shorthands.borderBottom("6px", "solid", tokens.colorNeutralForeground2),
  },
  legend: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
});

export interface PartChartProps {
  readonly parts: readonly PartScore[];
  readonly framework: Framework;
  readonly language: Language;
  /** Accessible name of the list, e.g. "Aspek terhadap target". */
  readonly label: string;
}

function percent(value: number, max: number): string {
  return `${Math.min(100, Math.max(0, (value / max) * 100))}%`;
}

export function PartChart({ parts, framework, language, label }: PartChartProps) {
  const styles = useStyles();
  const s = STRINGS[language];
  const maxLevel = framework.maxLevel;
  const hasTargets = parts.some((p) => p.target !== null);
  const hasLastYear = parts.some((p) => p.lastYear !== null);
  const bandClasses = [styles.band0, styles.band1, styles.band2, styles.band3, styles.band4];
  return (
    <div>
      <ul className={styles.list} aria-label={label}>
        {parts.map((part) => {
          const value = formatRounded(part.value, language);
          const target = part.target ? formatRounded(part.target, language) : null;
          const lastYear = part.lastYear ? formatRounded(part.lastYear, language) : null;
          const band = bandOfIndex(framework, part.value);
          const bandClass = bandClasses[Math.min(framework.bands.indexOf(band), bandClasses.length - 1)];
          return (
            <li key={part.id} className={styles.row}>
              <span className={styles.label}>
                <span className={styles.code}>{part.id}</span>
                {localName(part, language)}
              </span>
              <div className={styles.track} aria-hidden="true">
                <div
                  className={mergeClasses(styles.bar, bandClass)}
                  style={{ width: percent(ratioToNumber(part.value), maxLevel) }}
                />
                {part.target && <div className={styles.target} style={{ left: percent(ratioToNumber(part.target), maxLevel) }} />}
                {part.lastYear && <div className={styles.lastYear} style={{ left: percent(ratioToNumber(part.lastYear), maxLevel) }} />}
              </div>
              <span className={styles.values}>
                {s.partValue(value, target, lastYear)} · {band.predikat}
                {part.target && !reachedTarget(part) ? ` · ${s.belowTarget}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      <div className={styles.scale} aria-hidden="true">
        {Array.from({ length: maxLevel + 1 }, (_, i) => <span key={i}>{i}</span>)}
      </div>
      <p className={styles.legend}>{s.chartLegend(hasTargets, hasLastYear)}</p>
    </div>
  );
}
