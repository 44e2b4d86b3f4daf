/**
 * Recap of many filled templates (one per unit or per region): each scored by the core, ranked by the exact index,
 * best first, with its predikat and aspect (and domain) indices.
 *
 * The ranking is of one framework: the one most files use (on a tie, the first file's); a file of another framework
 * is not ranked and is reported, as is a file whose levels are blank or refused. Ties on the exact index share a
 * rank (1, 2, 2, 4) and are listed by file name.
 */
import ExcelJS from "exceljs";
import {
  bandOfIndex, hundredthsToNumber, isSpbeError, ratioToNumber, readLevel, roundHalfUpToHundredths, scoreBreakdown,
  type Aspect, type Band, type Domain, type Framework, type Language, type PredikatPractice, type Ratio, type SpbeError,
  localIndexName,
  PRODUCT_NAME,
} from "../core";
import { unitLabels } from "./labels";
import { UnitFileProblem } from "./messages";
import type { TemplateReadingFile } from "./readTemplateFile";
import { addTableSheet } from "./workbookCells";

/** One scored template, ready to rank (the workbook itself is not kept: 600 of them must fit in memory). */
export interface ScoredTemplate {
  readonly file: string;
  readonly framework: Framework;
  readonly instansi: unknown;
  readonly year: unknown;
  /** Levels in hundredths. */
  readonly levels: readonly number[];
  readonly index: Ratio;
  readonly aspects: readonly { readonly aspect: Aspect; readonly value: Ratio }[];
  readonly domains: readonly { readonly domain: Domain; readonly value: Ratio }[];
}

export interface RankedTemplate extends ScoredTemplate {
  /** 1 = best; equal exact indices share a rank. */
  readonly rank: number;
  readonly roundedHundredths: number;
  readonly band: Band;
}

export interface Ranking {
  /** The framework ranked; null when no file could be scored. */
  readonly framework: Framework | null;
  readonly practice: PredikatPractice;
  /** Best first. */
  readonly rows: readonly RankedTemplate[];
  /** Files not ranked, in the order given, each with its problem. */
  readonly failed: readonly UnitFileProblem[];
}

/** Scores a read template; throws UnitFileProblem (LEVELS_INVALID, LEVELS_BLANK) when a level is refused or blank. */
export function scoreTemplate(template: TemplateReadingFile): ScoredTemplate {
  const { reading, file } = template;
  const framework = reading.framework;
  const levels: number[] = [];
  const blanks: number[] = [];
  const causes: SpbeError[] = [];
  reading.levels.forEach((cell, i) => {
    try {
      const level = readLevel(cell.value, framework, { indicator: i + 1, cell: cell.address });
      if (level === null) blanks.push(i + 1);
      else levels[i] = level;
    } catch (error) {
      if (!isSpbeError(error)) throw error;
      causes.push(error);
    }
  });
  if (causes.length > 0) throw new UnitFileProblem(file, "LEVELS_INVALID", { causes });
  if (blanks.length > 0) throw new UnitFileProblem(file, "LEVELS_BLANK", { indicators: blanks });
  const breakdown = scoreBreakdown(framework, levels);
  return {
    file, framework, instansi: reading.instansi.value, year: reading.year.value, levels,
    index: breakdown.index, aspects: breakdown.aspects, domains: breakdown.domains,
  };
}

/** Exact comparison of two ratios (cross products stay far below 2^53 for every framework). */
export function compareRatios(a: Ratio, b: Ratio): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The framework most entries use; on a tie, the one that comes first. */
function majorityFramework(scored: readonly ScoredTemplate[]): Framework | null {
  const counts = new Map<string, { framework: Framework; count: number; first: number }>();
  scored.forEach((s, i) => {
    const entry = counts.get(s.framework.id) ?? { framework: s.framework, count: 0, first: i };
    entry.count++;
    counts.set(s.framework.id, entry);
  });
  let best: { framework: Framework; count: number; first: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count || (entry.count === best.count && entry.first < best.first)) best = entry;
  return best?.framework ?? null;
}

/**
 * Ranks scored templates, best first. `failed` are the files that could not be read or scored, in input order
 * (`order` gives each file's position, so files of another framework join them in place).
 */
export function rankTemplates(
  scored: readonly ScoredTemplate[], failed: readonly UnitFileProblem[] = [], practice: PredikatPractice = "exact",
  order: readonly string[] = [],
): Ranking {
  const framework = majorityFramework(scored);
  const others = scored
    .filter((s) => framework !== null && s.framework.id !== framework.id)
    .map((s) => new UnitFileProblem(s.file, "FRAMEWORK_DIFFERS", { framework: s.framework.id, expected: framework!.id }));
  const position = new Map(order.map((f, i) => [f, i]));
  const allFailed = [...failed, ...others].sort((a, b) => (position.get(a.file) ?? Infinity) - (position.get(b.file) ?? Infinity));
  const ranked = scored
    .filter((s) => framework !== null && s.framework.id === framework.id)
    .sort((a, b) => compareRatios(b.index, a.index) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const rows: RankedTemplate[] = [];
  ranked.forEach((s, i) => {
    const tie = i > 0 && compareRatios(s.index, ranked[i - 1].index) === 0;
    rows.push({
      ...s,
      rank: tie ? rows[i - 1].rank : i + 1,
      roundedHundredths: roundHalfUpToHundredths(s.index),
      band: bandOfIndex(s.framework, s.index, practice),
    });
  });
  return { framework, practice, rows, failed: allFailed };
}

/** The ranking as a new workbook: the ranked sheet (aspect and domain indices exact) and the failed files. */
export function writeRankingWorkbook(ranking: Ranking, language: Language = "id"): ExcelJS.Workbook {
  const labels = unitLabels(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = PRODUCT_NAME;
  const framework = ranking.framework;
  const aspects = framework?.aspects ?? [];
  const domains = framework?.domains ?? [];
  const title = framework
    ? `${labels.ranking.title(localIndexName(framework, language), framework.id)}. ${labels.ranking.practice[ranking.practice]}.`
    : labels.ranking.failedTitle;
  const headers = [...labels.ranking.headers, ...aspects.map((a) => `${a.id} ${a.name}`), ...domains.map((d) => `${d.id} ${d.name}`)];
  const rows = ranking.rows.map((r) => [
    r.rank, r.file, (r.instansi ?? null) as ExcelJS.CellValue, (r.year ?? null) as ExcelJS.CellValue, ratioToNumber(r.index),
    hundredthsToNumber(r.roundedHundredths), r.band.predikat, ...r.aspects.map((a) => ratioToNumber(a.value)), ...r.domains.map((d) => ratioToNumber(d.value)),
  ]);
  const ws = addTableSheet(workbook, labels.sheets.ranking, title, headers, rows, [9, 40, 30, 8, 14, 10, 14, ...headers.slice(7).map(() => 14)]);
  for (let r = 0; r < rows.length; r++) {
    ws.getCell(3 + r, 5).numFmt = "0.00####";
    ws.getCell(3 + r, 6).numFmt = "0.00";
    for (let c = 8; c <= headers.length; c++) ws.getCell(3 + r, c).numFmt = "0.00####";
  }
  addTableSheet(
    workbook, labels.sheets.failed, labels.ranking.failedTitle, labels.ranking.failedHeaders,
    ranking.failed.map((p) => [p.file, p.messageIn(language)]), [40, 120],
  );
  return workbook;
}
