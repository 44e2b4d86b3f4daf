/**
 * Evidence items (butir data dukung) and the cumulative rule of the 2026 evaluation: an indicator's level is
 * supported by its evidence up to the highest n such that every level 1..n has at least one item and all of that
 * level's items are accepted (diterima). A level with a sent-back item stops the count, and so does a level with no
 * item at all; nothing above it counts ("otomatis ditolak").
 *
 * Items are coded as in the official application, `I{indicator}-L{level}-{NN}` ("I4-L2-02"). The template's
 * native formulas (src/template/evidenceSheet.ts) read codes by exactly this rule, so the two never disagree.
 */
import { EVIDENCE_STATUS_WORDS, type EvidenceStatus } from "./glossary";
import { SpbeError } from "./errors";
import type { Framework } from "./frameworks";

export type { EvidenceStatus };

/** The statuses in the order of the cycle: not started, draft, uploaded, accepted, sent back. */
export const EVIDENCE_STATUSES: readonly EvidenceStatus[] = ["belum", "draf", "diunggah", "diterima", "revisi"];

/** Which indicator and level an item belongs to. */
export interface EvidenceCode {
  readonly indicator: number;
  readonly level: number;
}

/** The highest level an item can belong to: the scale's top level. Levels start at 1 (level 0 has no evidence). */
export const EVIDENCE_MAX_LEVEL = 5;

/**
 * Reads an item code: "I4-L2-02" (any case, trimmed) is indicator 4, level 2. The indicator is written without
 * leading zeros, as the official application writes it; the level is one digit 1-5; a non-empty suffix follows.
 * Returns null for a blank cell and "invalid" for anything else that is not such a code, or names an indicator
 * the framework does not have.
 *
 * @example parseEvidenceCode("i4-l2-02", 20) // { indicator: 4, level: 2 }
 */
export function parseEvidenceCode(value: unknown, indicatorCount: number): EvidenceCode | null | "invalid" {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return "invalid";
  const text = spreadsheetTrim(value).toUpperCase();
  if (text === "") return null;
  const match = /^I([1-9]\d*)-L([1-5])-(.+)$/.exec(text);
  if (!match) return "invalid";
  const indicator = Number(match[1]);
  if (indicator > indicatorCount) return "invalid";
  return { indicator, level: Number(match[2]) };
}

/**
 * The status a cell names, in either language (any case, trimmed): "diterima" and "accepted" are both accepted.
 * A blank status is "belum" (nothing done yet); a word that is no status gives null.
 */
export function readEvidenceStatus(value: unknown): EvidenceStatus | null {
  if (value === null || value === undefined) return "belum";
  if (typeof value !== "string") return null;
  const text = spreadsheetTrim(value).toLowerCase();
  if (text === "") return "belum";
  for (const status of EVIDENCE_STATUSES) {
    if (EVIDENCE_STATUS_WORDS.id[status] === text || EVIDENCE_STATUS_WORDS.en[status] === text) return status;
  }
  return null;
}

/**
 * TRIM as spreadsheets do it: spaces (only U+0020) off both ends and runs of them inside made one, so that a
 * code or status reads here exactly as the template's native formulas read it.
 */
export function spreadsheetTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** One item as the rule needs it. */
export interface EvidenceItem {
  readonly indicator: number;
  readonly level: number;
  readonly accepted: boolean;
}

/**
 * The items of a list of codes and the statuses of the same rows (blank codes are no item). `invalid` holds the
 * 0-based positions of codes that are not codes: the rule cannot be applied while one is there, since the item it
 * meant could change any level.
 */
export function readEvidenceItems(
  codes: readonly unknown[], statuses: readonly unknown[], indicatorCount: number,
): { items: EvidenceItem[]; invalid: number[] } {
  const items: EvidenceItem[] = [];
  const invalid: number[] = [];
  codes.forEach((value, i) => {
    const code = parseEvidenceCode(value, indicatorCount);
    if (code === "invalid") invalid.push(i);
    else if (code) items.push({ ...code, accepted: readEvidenceStatus(statuses[i]) === "diterima" });
  });
  return { items, invalid };
}

/** Per level 1..5 of one indicator: how many items there are and how many are accepted. */
export interface EvidenceLevelCounts {
  readonly items: number;
  readonly accepted: number;
}

/** The items of one indicator counted per level (index 0 = level 1). */
export function countEvidenceByLevel(items: readonly EvidenceItem[], indicator: number): EvidenceLevelCounts[] {
  const counts = Array.from({ length: EVIDENCE_MAX_LEVEL }, () => ({ items: 0, accepted: 0 }));
  for (const item of items) {
    if (item.indicator !== indicator) continue;
    const level = counts[item.level - 1];
    level.items++;
    if (item.accepted) level.accepted++;
  }
  return counts;
}

/**
 * The level supported by evidence: the highest n such that every level 1..n has at least one item and all its
 * items are accepted; 0 when level 1 is not. Items of other indicators are ignored.
 *
 * @example evidenceLevel([{ indicator: 4, level: 1, accepted: true }, { indicator: 4, level: 2, accepted: false }], 4) // 1
 */
export function evidenceLevel(items: readonly EvidenceItem[], indicator: number): number {
  const counts = countEvidenceByLevel(items, indicator);
  let level = 0;
  while (level < counts.length && counts[level].items > 0 && counts[level].accepted === counts[level].items) level++;
  return level;
}

/**
 * The whole level a self-assessed value claims: for a scale with value bands (Pemdi: 2,26 is level 2, whose band
 * starts at 1,50) the band it falls in, else the whole part of the level. In hundredths, as levels are read.
 */
export function claimedLevel(framework: Framework, indicatorNo: number, hundredths: number): number {
  const indicator = framework.indicators[indicatorNo - 1];
  const floors = framework.levelScales.find((s) => s.id === indicator.scaleId)?.valueBandFloors;
  if (!floors) return Math.floor(hundredths / 100);
  return floors.filter((floor) => hundredths >= floor).length;
}

/** A whole number 1..max written as a number or as its digits ("4"), else null. */
function wholeIn(value: unknown, max: number): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(spreadsheetTrim(value)) ? Number(spreadsheetTrim(value)) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/**
 * The level one indicator's evidence supports, from cells as a spreadsheet gives them: `items` rows of one cell
 * (a code, "I4-L2-02") or of two (indicator number, level), `statuses` the same rows' statuses. A blank item row is
 * no item; anything else that names no item of the framework is refused with its cell (EVIDENCE_CODE_INVALID),
 * since the item it meant could change the level. `addressOf(row, column)` names a cell for the message.
 */
export function evidenceLevelOfCells(
  framework: Framework, items: readonly (readonly unknown[])[], statuses: readonly unknown[], indicatorNo: number,
  addressOf?: (row: number, column: number) => string | undefined,
): number {
  const columns = items.reduce((most, cells) => Math.max(most, cells.length), 0);
  if (columns < 1 || columns > 2 || statuses.length !== items.length) {
    throw new SpbeError("EVIDENCE_ITEMS_SHAPE", { rows: items.length, columns, actual: statuses.length });
  }
  const count = framework.indicators.length;
  const refuse = (row: number, column: number): never => {
    throw new SpbeError("EVIDENCE_CODE_INVALID", { cell: addressOf?.(row, column), position: row + 1, value: items[row][column], framework: framework.id, max: count });
  };
  if (columns === 1) {
    // Codes: read as the template's list is read, the first code that is not one refused.
    const { items: read, invalid } = readEvidenceItems(items.map((cells) => cells[0]), statuses, count);
    if (invalid.length > 0) refuse(invalid[0], 0);
    return evidenceLevel(read, indicatorNo);
  }
  const read: EvidenceItem[] = [];
  items.forEach((cells, row) => {
    const blank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && spreadsheetTrim(v) === "");
    if (blank(cells[0]) && blank(cells[1])) return;
    const indicator = wholeIn(cells[0], count) ?? refuse(row, 0);
    const level = wholeIn(cells[1], EVIDENCE_MAX_LEVEL) ?? refuse(row, 1);
    read.push({ indicator, level, accepted: readEvidenceStatus(statuses[row]) === "diterima" });
  });
  return evidenceLevel(read, indicatorNo);
}

/** One row of an evidence list as a workbook holds it (the Bukti Dukung sheet's names, or a team's own columns). */
export interface EvidenceRow {
  readonly code: unknown;
  readonly status: unknown;
  readonly pic?: unknown;
  /** A date (as ExcelJS gives a date cell: midnight UTC) or an Excel date serial; anything else has no deadline. */
  readonly deadline?: unknown;
  /** "Bukti Dukung!A12", for messages and lists. */
  readonly address?: string;
}

export type EvidenceStatusCounts = Readonly<Record<EvidenceStatus, number>>;

export interface EvidenceSummary {
  /** One per indicator, in order. `supported` is null while a code that is not one is in the list. */
  readonly indicators: readonly {
    readonly indicator: number;
    readonly supported: number | null;
    /** The whole level the self-assessed value claims (claimedLevel); null when it is not filled in. */
    readonly claimed: number | null;
    readonly aboveEvidence: boolean;
    readonly items: number;
    readonly statuses: EvidenceStatusCounts;
    readonly overdue: number;
  }[];
  /** Per PIC / OPD as written (compared without case or outer spaces, as COUNTIFS does), first spelling kept; "" for items without one. */
  readonly pics: readonly { readonly pic: string; readonly items: number; readonly statuses: EvidenceStatusCounts; readonly overdue: number }[];
  /** Items past their deadline and not accepted, in list order; `deadline` as yyyy-mm-dd. */
  readonly overdue: readonly { readonly code: string; readonly indicator: number; readonly level: number; readonly pic: string; readonly deadline: string; readonly address?: string }[];
  readonly invalidCodes: readonly { readonly value: unknown; readonly address?: string }[];
}

/** Excel's day 0 (serial 25569 is 1970-01-01). */
const EXCEL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

/** A date as yyyy-mm-dd in this computer's time zone: the day TODAY() gives in a spreadsheet opened here. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A deadline cell as yyyy-mm-dd, or null when it holds no date. */
export function deadlineDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return new Date(Math.round((Math.floor(value) - EXCEL_EPOCH_OFFSET) * DAY_MS)).toISOString().slice(0, 10);
  return null;
}

function zeroCounts(): Record<EvidenceStatus, number> {
  return { belum: 0, draf: 0, diunggah: 0, diterima: 0, revisi: 0 };
}

/**
 * Everything a report says about an evidence list: per indicator the level supported, the claim beside it, counts
 * per status and the overdue items; the same counts per PIC; the overdue items; the codes that are not codes.
 * The rules are the Bukti Dukung sheet's (an item is overdue when its deadline is before `today`, yyyy-mm-dd, and
 * it is not accepted). `selfHundredths`: the self-assessed value per indicator in hundredths, null when blank.
 */
export function summariseEvidence(
  framework: Framework, rows: readonly EvidenceRow[], selfHundredths: readonly (number | null)[], today: string,
): EvidenceSummary {
  const count = framework.indicators.length;
  const items: (EvidenceItem & { status: EvidenceStatus | null; day: string | null; overdue: boolean; row: EvidenceRow; pic: string })[] = [];
  const invalidCodes: { value: unknown; address?: string }[] = [];
  for (const row of rows) {
    const code = parseEvidenceCode(row.code, count);
    if (code === null) continue;
    if (code === "invalid") {
      invalidCodes.push({ value: row.code, ...(row.address ? { address: row.address } : {}) });
      continue;
    }
    const status = readEvidenceStatus(row.status);
    const day = deadlineDay(row.deadline);
    const pic = typeof row.pic === "string" ? spreadsheetTrim(row.pic) : typeof row.pic === "number" ? String(row.pic) : "";
    items.push({ ...code, accepted: status === "diterima", status, day, overdue: day !== null && day < today && status !== "diterima", row, pic });
  }
  const tally = (list: typeof items) => {
    const statuses = zeroCounts();
    for (const item of list) if (item.status) statuses[item.status]++;
    return { items: list.length, statuses, overdue: list.filter((i) => i.overdue).length };
  };
  const indicators = framework.indicators.map((ind) => {
    const own = items.filter((i) => i.indicator === ind.no);
    const supported = invalidCodes.length > 0 ? null : evidenceLevel(own, ind.no);
    const self = selfHundredths[ind.no - 1];
    const claimed = self === null || self === undefined ? null : claimedLevel(framework, ind.no, self);
    return { indicator: ind.no, supported, claimed, aboveEvidence: claimed !== null && supported !== null && claimed > supported, ...tally(own) };
  });
  const byPic = new Map<string, typeof items>();
  for (const item of items) {
    const key = item.pic.toLowerCase();
    const group = byPic.get(key);
    if (group) group.push(item);
    else byPic.set(key, [item]);
  }
  return {
    indicators,
    pics: [...byPic.values()].map((group) => ({ pic: group[0].pic, ...tally(group) })),
    overdue: items.filter((i) => i.overdue).map((i) => ({
      code: spreadsheetTrim(String(i.row.code)), indicator: i.indicator, level: i.level, pic: i.pic, deadline: i.day!,
      ...(i.row.address ? { address: i.row.address } : {}),
    })),
    invalidCodes,
  };
}

/** The items of a summary and how many are accepted, over every indicator: the headline of a report. */
export function evidenceTotals(summary: EvidenceSummary): { readonly items: number; readonly accepted: number } {
  return summary.indicators.reduce((t, i) => ({ items: t.items + i.items, accepted: t.accepted + i.statuses.diterima }), { items: 0, accepted: 0 });
}
