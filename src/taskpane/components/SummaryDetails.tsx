/**
 * The summary of one template: index (official and exact), predikat with the practice it follows, target index,
 * aspects and domains against targets, indicators still empty, and the largest weighted gaps.
 */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import {
  STAGE_WORDS, SpbeError, ceilToHundredths, evidenceTotals, formatHundredths, formatSignedExact, formatTwoOrMoreDecimals, localIndexName, localName, stageHeld,
  type Band, type Decline, type EvidenceSummary, type Framework, type StageCellsReport,
} from "../../core";
import type { Language } from "../language";
import { useTextStyles } from "./textStyles";
import { STRINGS } from "../strings";
import { formatExact, formatLevel, formatRounded } from "../format";
import { practicesDiffer, type TemplateSummary } from "../summaryModel";
import type { InsertLeaderReport } from "../actions";
import { LeaderReportSection } from "./LeaderReportSection";
import { PartChart } from "./PartChart";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // A plain table (Fluent's Table would add to the pane's start-up for four columns).
  table: { borderCollapse: "collapse", width: "100%", "& th, & td": { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  gapList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The official (Indonesian) predikat always, as leaders quote it; in English with its translation beside it. */
function bandName(band: Band, language: Language): string {
  const extra = language === "id" ? [band.stage] : [band.predikatEn, band.stageEn];
  const shown = extra.filter((x): x is string => Boolean(x));
  return shown.length > 0 ? `${band.predikat} (${shown.join("; ")})` : band.predikat;
}

export interface SummaryDetailsProps {
  readonly summary: TemplateSummary;
  readonly language: Language;
  /** Adds the leader report sheet; absent, its section is not shown. */
  readonly insertLeaderReport?: InsertLeaderReport;
}

export function SummaryDetails({ summary, language, insertLeaderReport }: SummaryDetailsProps) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const fw = summary.framework;
  const status = fw.status === "reconstructed" ? s.statusReconstructed : fw.status === "secondary" ? s.statusSecondary : "";
  const empty = summary.emptyIndicatorNos.length;
  const indexName = localIndexName(fw, language);
  const bad = summary.levelProblems;
  return (
    <div className={styles.root}>
      {bad.length > 0 && (
        <ErrorBar title={s.problemTitle}>
          <span>{s.levelProblemsIntro(bad.length)}</span>
          <ul className={styles.gapList} aria-label={s.problemTitle} data-testid="level-problems">
            {bad.map((p, i) => <li key={i}>{p.messageIn(language)}</li>)}
          </ul>
        </ErrorBar>
      )}
      <section className={styles.card} aria-label={indexName}>
        <p className={text.note}>{s.frameworkLine(indexName, fw.id, status)}</p>
        <dl className={styles.figures}>
          <div className={styles.figure}>
            <dt className={text.figureLabel}>{s.indexOfficial}</dt>
            <dd className={text.figureValueLarge} data-testid="index-rounded">
              {formatRounded(summary.index, language)}
            </dd>
          </div>
          <div className={styles.figure}>
            <dt className={text.figureLabel}>{s.indexExact}</dt>
            <dd className={text.figureValue} data-testid="index-exact">
              {formatExact(summary.index, language)}
            </dd>
          </div>
          <div className={styles.figure}>
            <dt className={text.figureLabel}>{s.predikat}</dt>
            <dd className={text.figureValue} data-testid="predikat">
              {bandName(summary.bandExact, language)}
            </dd>
          </div>
          {summary.targetIndex && (
            <div className={styles.figure}>
              <dt className={text.figureLabel}>{s.targetIndex}</dt>
              <dd className={text.figureValue} data-testid="target-index">
                {formatRounded(summary.targetIndex, language)}
              </dd>
            </div>
          )}
        </dl>
        <p className={text.note} data-testid="next-band">
          {summary.nextBand ? s.toNextBand(formatHundredths(ceilToHundredths(summary.nextBand.gap), language), summary.nextBand.band.predikat) : s.topBand}
        </p>
        <p className={text.note}>{s.practiceExact}</p>
        {practicesDiffer(summary) && <p className={text.note}>{s.practiceRounded(bandName(summary.bandRounded, language))}</p>}
        {empty > 0 && <p className={text.note}>{s.provisional(empty)}</p>}
        {summary.history && (
          <p className={text.note} data-testid="history">
            {summary.history instanceof SpbeError
              ? summary.history.messageIn(language)
              : s.history(`${summary.history.framework.indexName} ${summary.history.year}`, summary.history.framework.id,
                formatTwoOrMoreDecimals(summary.history.value, language), summary.history.band.predikat, indexName)}
          </p>
        )}
      </section>

      {summary.targetIndex ? (
        <section className={styles.section} aria-labelledby="summary-gaps-heading">
          <h3 id="summary-gaps-heading" className={text.subheading}>
            {s.gapsHeading}
          </h3>
          <p className={text.note}>{s.gapsExplanation}</p>
          {summary.gaps.length === 0 ? (
            <p className={text.note}>{s.noGaps}</p>
          ) : (
            <ol className={styles.gapList} aria-label={s.gapsHeading}>
              {summary.gaps.map((gap) => (
                <li key={gap.indicatorNo}>
                  <span className={text.item}>{s.gapItem(gap.indicatorNo, localName(gap, language))}</span>
                  <span className={text.itemDetail}>
                    {s.gapDetail(formatLevel(gap.level, language), formatLevel(gap.target, language), formatExact(gap.weighted, language, 4))}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : (
        summary.potentials.length > 0 && (
          // No targets yet: still say what to raise first, by weight x the rise still possible.
          <section className={styles.section} aria-labelledby="summary-potentials-heading">
            <h3 id="summary-potentials-heading" className={text.subheading}>
              {s.potentialsHeading}
            </h3>
            <p className={text.note}>{s.potentialsExplanation}</p>
            <ol className={styles.gapList} aria-label={s.potentialsHeading}>
              {summary.potentials.map((p) => (
                <li key={p.indicator.no}>
                  <span className={text.item}>{s.gapItem(p.indicator.no, localName(p.indicator, language))}</span>
                  <span className={text.itemDetail}>{s.potentialDetail(formatLevel(p.level, language), formatExact(p.potential, language, 4))}</span>
                </li>
              ))}
            </ol>
          </section>
        )
      )}

      {summary.targetProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{s.targetProblemTitle}</MessageBarTitle>
            {summary.targetProblem.messageIn(language)}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="summary-empty-heading">
        <h3 id="summary-empty-heading" className={text.subheading}>
          {s.emptyHeading}: {s.emptyCount(empty, summary.indicatorCount)}
        </h3>
        <p className={text.note}>{empty === 0 ? s.allFilled : s.emptyList(summary.emptyIndicatorNos.join(", "))}</p>
      </section>

      <section className={styles.section} aria-labelledby="summary-aspects-heading">
        <h3 id="summary-aspects-heading" className={text.subheading}>
          {s.aspectsHeading}
        </h3>
        {!summary.targetIndex && <p className={text.note}>{s.noTargets}</p>}
        <PartChart parts={summary.aspects} framework={fw} language={language} label={s.aspectsHeading} />
      </section>

      {summary.domains.length > 0 && (
        <section className={styles.section} aria-labelledby="summary-domains-heading">
          <h3 id="summary-domains-heading" className={text.subheading}>
            {s.domainsHeading}
          </h3>
          <PartChart parts={summary.domains} framework={fw} language={language} label={s.domainsHeading} />
        </section>
      )}

      {summary.stages && <StagesSection stages={summary.stages} framework={fw} language={language} />}

      {summary.declines && <DeclinesSection declines={summary.declines} language={language} />}

      {summary.evidence && <EvidenceSection evidence={summary.evidence} language={language} />}

      {insertLeaderReport && <LeaderReportSection summary={summary} language={language} insertLeaderReport={insertLeaderReport} />}

    </div>
  );
}

/** The Bukti Dukung sheet at a glance: items accepted, claims above their evidence, overdue items, per PIC. */
function EvidenceSection({ evidence, language }: { readonly evidence: EvidenceSummary; readonly language: Language }) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const totals = evidenceTotals(evidence);
  const above = evidence.indicators.filter((i) => i.aboveEvidence);
  return (
    <section className={styles.section} aria-labelledby="summary-evidence-heading">
      <h3 id="summary-evidence-heading" className={text.subheading}>
        {s.evidenceHeading}
      </h3>
      <p className={text.note}>{s.evidenceAccepted(totals.accepted, totals.items)}</p>
      {evidence.invalidCodes.length > 0 ? (
        <p className={text.note} data-testid="evidence-invalid">{s.evidenceInvalid(evidence.invalidCodes.map((c) => c.address ?? "?").join(", "))}</p>
      ) : (
        <p className={text.note} data-testid="evidence-above">
          {above.length === 0 ? s.evidenceNoneAbove : s.evidenceAbove(above.map((i) => s.evidenceClaim(i.indicator, i.claimed!, i.supported!)).join(", "))}
        </p>
      )}
      {evidence.overdue.length > 0 && <p className={text.note}>{s.evidenceOverdue(evidence.overdue.length)}</p>}
      {evidence.invalidCodes.length === 0 && (
        <ul className={styles.gapList} aria-label={s.evidenceIndicators}>
          {evidence.indicators.filter((i) => i.items > 0).map((i) => (
            <li key={i.indicator} className={text.itemDetail}>
              {s.evidenceIndicator(i.indicator, i.statuses.diterima, i.items, i.supported ?? 0)}
            </li>
          ))}
        </ul>
      )}
      {evidence.pics.length > 0 && (
        <ul className={styles.gapList} aria-label={s.evidencePics}>
          {evidence.pics.map((p) => (
            <li key={p.pic.toLowerCase()} className={text.itemDetail}>
              {s.evidencePic(p.pic, p.statuses.diterima, p.items, p.overdue)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The stages side by side (index, predikat, change of index), the falls at each stage, and pasted cells not read. */
function StagesSection({ stages, framework, language }: { readonly stages: StageCellsReport; readonly framework: Framework; readonly language: Language }) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  const words = STAGE_WORDS[language];
  const points = (r: { num: number; den: number }) => formatSignedExact(r, language, { maxDecimals: 4 });
  const held = stages.stages.filter((x) => stageHeld(x, framework));
  const { unknownKeys, conflicts, invalidCells } = stages.pasted;
  return (
    <section className={styles.section} aria-labelledby="summary-stages-heading">
      <h3 id="summary-stages-heading" className={text.subheading}>
        {s.stagesHeading}
      </h3>
      <p className={text.note}>{s.stagesNote}</p>
      <table className={styles.table} aria-labelledby="summary-stages-heading" data-testid="stages-table">
        <thead>
          <tr>
            {s.stagesColumns.map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {held.map((x) => {
            const change = stages.changes.find((c) => c.stage === x.stage);
            return (
              <tr key={x.stage}>
                <th scope="row">{words[x.stage]}</th>
                <td>{x.index ? formatRounded(x.index, language) : s.stageIncomplete(x.blanks, x.invalid)}</td>
                <td>{x.band ? x.band.predikat : ""}</td>
                <td>{change && change.changed.length > 0 ? points(change.indexPoints) : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {stages.changes.map((c) => {
        const falls = c.changed.filter((i) => i.delta < 0);
        if (falls.length === 0) return null;
        const list = falls.map((i) => s.stageFall(i.no, formatHundredths(i.fromHundredths, language), formatHundredths(i.toHundredths, language), points(i.indexPoints)));
        return <p key={c.stage} className={text.note} data-testid={`stage-falls-${c.stage}`}>{s.stageFalls(words[c.stage], list.join(", "))}</p>;
      })}
      {unknownKeys.length > 0 && <p className={text.note}>{s.stagesUnknownKeys(unknownKeys.join(", "))}</p>}
      {conflicts.length > 0 && <p className={text.note}>{s.stagesConflicts(conflicts.map((c) => `${words[c.stage]} I${c.no}`).join(", "))}</p>}
      {invalidCells.length > 0 && <p className={text.note}>{s.stagesInvalid(invalidCells.join(", "))}</p>}
    </section>
  );
}

/** The indicators below last year's value, to explain before the interview. */
function DeclinesSection({ declines, language }: { readonly declines: readonly Decline[]; readonly language: Language }) {
  const styles = useStyles();
  const text = useTextStyles();
  const s = STRINGS[language];
  return (
    <section className={styles.section} aria-labelledby="summary-declines-heading">
      <h3 id="summary-declines-heading" className={text.subheading}>
        {s.declinesHeading}
      </h3>
      <p className={text.note} data-testid="declines">
        {declines.length === 0
          ? s.declinesNone
          : declines.map((d) => s.decline(d.indicator, formatHundredths(d.to, language), formatHundredths(d.from, language))).join(", ")}
      </p>
    </section>
  );
}
