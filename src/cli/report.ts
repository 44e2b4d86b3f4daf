/**
 * What `spbe score` prints on stdout: a report for people (in the chosen language, comma decimals in Indonesian)
 * or one JSON object for programs (numbers as JSON numbers, names and predikat as the regulation writes them).
 */
import {
  STAGE_WORDS, evidenceTotals, formatExact as formatExactCore, formatHundredths, formatTwoOrMoreDecimals, formatSignedExact, stageHeld, type StageCellsReport, hundredthsToNumber, localIndexName, localName, ratioToNumber, roundHalfUpToHundredths,
  type EvidenceSummary, type Language, type Ratio,
} from "../core";
import type { ScoreResult } from "./commands/score";
import { REPORT_LABELS } from "./labels";

/** The JSON printed by `spbe score --json`. */
export interface ScoreJson {
  /** "59/2020", "8/2026" or "5/2018". */
  readonly framework: string;
  /** The exact index (the nearest double). */
  readonly index: number;
  /** The index rounded half-up to 2 decimals, as published. */
  readonly rounded: number;
  /** The predikat under `practice`, in Indonesian as the regulation names it. */
  readonly predikat: string;
  /** "exact": band of the exact index (2024 results); "rounded": band of the rounded index (2023 results). */
  readonly practice: string;
  readonly aspects: readonly { readonly id: string; readonly name: string; readonly index: number }[];
  /** Empty for Indeks Pemdi, which has no domains. */
  readonly domains: readonly { readonly id: string; readonly name: string; readonly index: number }[];
  /** Present when the workbook is not a template: where its table was found. */
  readonly table?: { readonly sheet: string; readonly indicators: string; readonly levels: string; readonly frameworkFrom: string; readonly skippedRows: number };
  /**
   * Present when the template has a Bukti Dukung sheet: per indicator the level its evidence supports (null while
   * a code in the list is not one: see invalidCodes), the level the self-assessment claims and whether it is above;
   * counts per status per indicator and per PIC; the overdue items.
   */
  readonly evidence?: EvidenceSummary;
  /** Present when the template has last year's values: indicators whose self-assessment fell, `from` and `to` as levels. */
  readonly declines?: readonly { readonly indicator: number; readonly from: number; readonly to: number }[];
  /** Present when the template has the Tahapan sheet. */
  readonly stages?: StagesJson;
  /**
   * Present when the history cell holds the previous framework's last index ("59/2020", 2025): its value and its
   * predikat under that framework's bands. Not part of `index`.
   */
  readonly history?: { readonly framework: string; readonly year: number; readonly index: number; readonly predikat: string };
}

/**
 * The `stages` key: each stage's index (null while incomplete: see blanks and invalid) and predikat of the exact
 * index; at each stage from Dokumen on, the change of index and every indicator that changed (falls first), compared
 * with the latest earlier stage that had a value; the pasted block's cells that could not be read.
 */
export interface StagesJson {
  readonly stages: readonly {
    readonly stage: string; readonly index: number | null; readonly rounded: number | null; readonly predikat: string | null;
    readonly blanks: number; readonly invalid: number;
  }[];
  readonly changes: readonly {
    readonly stage: string; readonly indexPoints: number; readonly fell: number;
    readonly indicators: readonly { readonly indicator: number; readonly from: string; readonly fromValue: number; readonly value: number; readonly change: number; readonly indexPoints: number }[];
  }[];
  readonly unknownKeys: readonly string[];
  readonly invalidCells: readonly string[];
  readonly conflicts: readonly { readonly stage: string; readonly indicator: number; readonly cells: readonly string[] }[];
}

function stagesJson(r: StageCellsReport): StagesJson {
  return {
    stages: r.stages.map((s) => ({
      stage: s.stage,
      index: s.index ? ratioToNumber(s.index) : null,
      rounded: s.index ? hundredthsToNumber(roundHalfUpToHundredths(s.index)) : null,
      predikat: s.band?.predikat ?? null,
      blanks: s.blanks,
      invalid: s.invalid,
    })),
    changes: r.changes.map((c) => ({
      stage: c.stage,
      indexPoints: ratioToNumber(c.indexPoints),
      fell: c.fell,
      indicators: c.changed.map((i) => ({
        indicator: i.no, from: i.from, fromValue: hundredthsToNumber(i.fromHundredths), value: hundredthsToNumber(i.toHundredths),
        change: hundredthsToNumber(i.delta), indexPoints: ratioToNumber(i.indexPoints),
      })),
    })),
    unknownKeys: r.pasted.unknownKeys,
    invalidCells: r.pasted.invalidCells,
    conflicts: r.pasted.conflicts.map((c) => ({ stage: c.stage, indicator: c.no, cells: c.cells })),
  };
}

export function scoreJson(result: ScoreResult): ScoreJson {
  return {
    framework: result.framework.id,
    index: ratioToNumber(result.index),
    rounded: hundredthsToNumber(result.roundedHundredths),
    predikat: result.band.predikat,
    practice: result.practice,
    aspects: result.aspects.map(({ aspect, value }) => ({ id: aspect.id, name: aspect.name, index: ratioToNumber(value) })),
    domains: result.domains.map(({ domain, value }) => ({ id: domain.id, name: domain.name, index: ratioToNumber(value) })),
    ...(result.table ? { table: ownTableJson(result.table) } : {}),
    ...(result.evidence ? { evidence: result.evidence } : {}),
    ...(result.declines ? { declines: result.declines.map((d) => ({ indicator: d.indicator, from: hundredthsToNumber(d.from), to: hundredthsToNumber(d.to) })) } : {}),
    ...(result.stages ? { stages: stagesJson(result.stages) } : {}),
    ...(result.history
      ? { history: { framework: result.history.framework.id, year: result.history.year, index: result.history.value, predikat: result.history.band.predikat } }
      : {}),
  };
}

/** The `table` key of `score --json` and `plan --json`: where a workbook's own table was found. */
export function ownTableJson(t: NonNullable<ScoreResult["table"]>): NonNullable<ScoreJson["table"]> {
  return { sheet: t.sheet, indicators: t.keyRange, levels: t.levelRange, frameworkFrom: t.frameworkFrom, skippedRows: t.skipped };
}

/** The report's line on a workbook's own table: sheet, columns, where the framework came from, rows skipped. */
export function describeOwnTable(t: NonNullable<ScoreResult["table"]>, language: Language): string {
  return REPORT_LABELS[language].table(t);
}

/**
 * The exact value in decimals for plain-text output: "4,745", "3,4985", "5"; a value with more than six decimals
 * (some aspect indices are repeating decimals, 38/11) is cut and marked "..." (ASCII, for any console).
 */
export function formatExact(r: Ratio, language: Language): string {
  return formatExactCore(r, language, { cutMark: "..." });
}

function table(rows: readonly (readonly [string, string, string])[], headers: readonly [string, string, string]): string[] {
  const width = (i: number) => Math.max(...[headers, ...rows].map((r) => r[i].length));
  const [w0, w1] = [width(0), width(1)];
  return [headers, ...rows].map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd());
}

/** The report for people, in `language`. */
export function scoreText(result: ScoreResult, language: Language): string {
  const L = REPORT_LABELS[language];
  const f = result.framework;
  const en = language === "en";
  const rounded = (r: Ratio) => formatHundredths(roundHalfUpToHundredths(r), language);
  const lines: string[] = [
    `${L.file}: ${result.file}`,
    `${L.framework}: ${localIndexName(f, language)}, PermenPANRB ${f.id}`,
    ...(result.table ? [L.table(result.table)] : []),
    "",
    ...table(
      result.aspects.map(({ aspect, value }) => [`${aspect.id}  ${localName(aspect, language)}`, rounded(value), formatExact(value, language)]),
      [L.aspect, L.index2, L.exact],
    ),
  ];
  if (result.domains.length > 0) {
    lines.push(
      "",
      ...table(
        result.domains.map(({ domain, value }) => [`${domain.id}  ${localName(domain, language)}`, rounded(value), formatExact(value, language)]),
        [L.domain, L.index2, L.exact],
      ),
    );
  }
  const band = result.band;
  const predikat = en ? `${band.predikat} (${band.predikatEn})` : band.predikat;
  const stage = band.stage ? `, ${en ? band.stageEn : band.stage}` : "";
  lines.push(
    "",
    `${localIndexName(f, language)}: ${formatHundredths(result.roundedHundredths, language)} (${L.exact.toLowerCase()} ${formatExact(result.index, language)})`,
    `${L.predikat}: ${predikat}${stage} (${L.practice[result.practice]})`,
  );
  if (result.history) {
    const h = result.history;
        lines.push(L.history(`${h.framework.indexName} ${h.year}`, h.framework.id, formatTwoOrMoreDecimals(h.value, language), h.band.predikat, localIndexName(f, language)));
  }
  if (result.zeroIndicators.length > 0) lines.push(`${L.indicators} ${result.zeroIndicators.join(", ")} ${L.zero}.`);
  if (result.declines) {
    lines.push(result.declines.length === 0 ? L.noDeclines : `${L.declines}: ${result.declines.map((d) => `I${d.indicator} ${formatHundredths(d.to, language)} (${L.fellFrom} ${formatHundredths(d.from, language)})`).join(", ")}`);
  }
  if (result.stages) lines.push(...stageLines(result, language));
  if (result.evidence) lines.push("", ...evidenceLines(result.evidence, language));
  if (L.status[f.status]) lines.push(L.status[f.status]);
  return `${lines.join("\n")}\n`;
}

/** The report's evidence section: levels supported, claims above them, overdue items, codes that are not codes. */
function evidenceLines(e: EvidenceSummary, language: Language): string[] {
  const L = REPORT_LABELS[language].evidence;
  const lines: string[] = [];
  if (e.invalidCodes.length > 0) {
    lines.push(L.invalidCodes(e.invalidCodes.map((c) => `${c.address ?? "?"} ${JSON.stringify(c.value)}`).join(", ")));
  } else {
    lines.push(`${L.supported}: ${e.indicators.map((i) => `I${i.indicator} ${i.supported}`).join(", ")}`);
  }
  const above = e.indicators.filter((i) => i.aboveEvidence);
  lines.push(above.length === 0 ? L.noneAbove : `${L.above}: ${above.map((i) => `I${i.indicator} (${i.claimed} > ${i.supported})`).join(", ")}`);
  const totals = evidenceTotals(e);
  lines.push(L.accepted(totals.accepted, totals.items));
  if (e.overdue.length > 0) lines.push(`${L.overdue} (${e.overdue.length}): ${e.overdue.map((o) => `${o.code} ${o.deadline}${o.pic ? ` ${o.pic}` : ""}`).join("; ")}`);
  return lines;
}

/**
 * The report's stages section, when a stage after Mandiri has values: each stage held, its index and predikat, the
 * change at it with the indicators that fell, and the pasted cells that could not be read.
 */
function stageLines(result: ScoreResult, language: Language): string[] {
  const r = result.stages!;
  const f = result.framework;
  const L = REPORT_LABELS[language].stages;
  const words = STAGE_WORDS[language];
  const problems = [
    ...(r.pasted.unknownKeys.length > 0 ? [L.unknownKeys(r.pasted.unknownKeys.join(", "))] : []),
    ...(r.pasted.invalidCells.length > 0 ? [L.invalidCells(r.pasted.invalidCells.join(", "))] : []),
    ...(r.pasted.conflicts.length > 0 ? [L.conflicts(r.pasted.conflicts.map((c) => `${words[c.stage]} I${c.no} (${c.cells.join(", ")})`).join("; "))] : []),
  ];
  if (!r.stages.some((s) => s.stage !== "mandiri" && stageHeld(s, f))) return problems.length > 0 ? ["", ...problems] : [];
  const lines = ["", `${L.title}:`];
  r.stages.forEach((s, k) => {
    if (!stageHeld(s, f)) return;
    const value = s.index && s.band
      ? `${formatHundredths(roundHalfUpToHundredths(s.index), language)} ${s.band.predikat} (${formatExact(s.index, language)})`
      : L.notComplete(s.blanks, s.invalid);
    const change = k === 0 ? undefined : r.changes[k - 1];
    const falls = change && change.changed.filter((c) => c.delta < 0);
    // A stage whose values all held says nothing of change (its index points are then 0).
    const changeText = !change || change.changed.length === 0 ? "" :
      `; ${L.change} ${formatSignedExact(change.indexPoints, language, { cutMark: "..." })}, ${falls!.length === 0 ? L.noFalls : `${L.fell}: ${falls!.map((c) =>
        `I${c.no} ${formatHundredths(c.fromHundredths, language)} -> ${formatHundredths(c.toHundredths, language)} (${formatSignedExact(c.indexPoints, language, { cutMark: "..." })})`).join(", ")}`}`;
    lines.push(`  ${words[s.stage]}: ${value}${changeText}`);
  });
  return [...lines, ...problems];
}
