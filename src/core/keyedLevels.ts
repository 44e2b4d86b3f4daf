/**
 * Levels read from an analyst's own table: a range of levels beside a range of indicator keys, in any order, with
 * title, header, heading and TOTAL rows, the same indicator on several rows (one per OPD), and 5/2018's indicator 35
 * on one row per public service. The result is the engine's input, one level per indicator in indicator order.
 *
 * Rules (the custom functions, the task pane and the command line share them):
 * - a row whose key names no indicator is skipped with its level cell, whatever that holds;
 * - an indicator on several rows counts once when the filled rows agree; rows that disagree are an error naming
 *   both cells (a blank row beside a filled one does not disagree: the filled level counts);
 * - an indicator averaged over rows takes the exact mean of its services, unrounded: levels come back in
 *   hundredths x `scale`, so the mean of three services stays an integer and every index stays exact;
 * - an indicator with no row at all is "not filled in" (#N/A), listing every such indicator;
 * - a level cell is checked exactly as in an ordered range (numbers 0-5, at most two decimals).
 */
import { SpbeError } from "./errors";
import type { Framework } from "./frameworks";
import { frameworksFittingKeys, readKeyForm, resolveKeys, type KeyForm, type ResolvedKey } from "./indicatorKeys";
import { isBlank, readLevel, validLevelHundredths } from "./levels";
import { resolveFramework } from "./lookup";

export interface KeyedCells {
  readonly levels: readonly unknown[];
  readonly keys: readonly unknown[];
  /** A1 address of the level cell at a 0-based row, when known (messages name level cells). */
  readonly levelAddressOf?: (row: number) => string | undefined;
}

export interface KeyedLevels {
  readonly framework: Framework;
  /** One per indicator, in order: the level in hundredths x scale, or null when not filled in. */
  readonly levels: readonly (number | null)[];
  /** 1, or the number of service rows (the least common multiple, if several indicators are averaged). */
  readonly scale: number;
  /** 0-based rows of each indicator, in indicator order. */
  readonly rowsOf: readonly (readonly number[])[];
  /** 0-based rows whose key names no indicator (title, header, heading, TOTAL, notes), skipped. */
  readonly skipped: readonly number[];
}

/** Key forms of text repeat on every recalculation: remember them (bounded, so a huge sheet cannot grow it forever). */
const FORM_CACHE = new Map<string, KeyForm>();
const FORM_CACHE_LIMIT = 5000;

function keyForm(value: unknown): KeyForm {
  if (typeof value !== "string") return readKeyForm(value);
  let form = FORM_CACHE.get(value);
  if (form === undefined) {
    if (FORM_CACHE.size >= FORM_CACHE_LIMIT) FORM_CACHE.clear();
    form = readKeyForm(value);
    FORM_CACHE.set(value, form);
  }
  return form;
}

/** The framework named by the argument, else the only one the keys fit; several left is a question to the user. */
function frameworkOfKeys(spec: unknown, forms: readonly KeyForm[]): Framework {
  if (!isBlank(spec)) return resolveFramework(spec);
  const fitting = frameworksFittingKeys(forms);
  if (fitting.length === 1) return fitting[0];
  throw new SpbeError("FRAMEWORK_AMBIGUOUS", { allowed: (fitting.length > 0 ? fitting : frameworksFittingKeys([])).map((f) => f.id).join(", ") });
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

interface Entry {
  readonly row: number;
  readonly key: ResolvedKey;
  readonly level: number | null;
}

/** Hundredths of a level cell, or null for a blank; throws for anything else, naming the indicator and the cell. */
function levelOf(value: unknown, framework: Framework, indicator: number, cells: KeyedCells, row: number): number | null {
  return validLevelHundredths(value, framework) ?? readLevel(value, framework, { indicator, position: row + 1, cell: cells.levelAddressOf?.(row) });
}

/** The one level of rows that must agree (repeats of one indicator, or of one service), or throws naming both cells. */
function agreed(entries: readonly Entry[], cells: KeyedCells): number | null {
  let first: Entry | undefined;
  for (const e of entries) {
    if (e.level === null) continue;
    if (first === undefined) first = e;
    else if (e.level !== first.level) throw conflict(e.key.no, first.row, first.level ?? 0, e.row, e.level, cells);
  }
  return first === undefined ? null : first.level;
}

/**
 * What the keys alone decide, worked out once per distinct key column and framework argument: the framework, the
 * indicator (and service) of each row, the skipped rows. A recalculation with the same keys then only reads levels.
 */
interface KeyPlan {
  readonly framework: Framework;
  /** Per row: the indicator number, or 0 for a skipped row. */
  readonly indicatorOf: Int32Array;
  readonly serviceOf: Int32Array;
  readonly averaged: boolean;
  readonly rowsOf: readonly (readonly number[])[];
  readonly skipped: readonly number[];
  readonly missing: readonly number[];
}

/**
 * Plans by key-column length and framework argument, each with a copy of its keys: a lookup compares the keys
 * value by value (Excel hands over new arrays on every call, with the same values), which costs far less than
 * building a string of them. Bounded: a workbook with many keyed formulas over different tables just recomputes.
 */
const PLAN_CACHE = new Map<string | number, { readonly keys: readonly unknown[]; readonly plan: KeyPlan }[]>();
const PLANS_PER_SHAPE = 8;
const PLAN_CACHE_LIMIT = 200;

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildPlan(keys: readonly unknown[], frameworkSpec: unknown): KeyPlan {
  const forms = keys.map(keyForm);
  const framework = frameworkOfKeys(frameworkSpec, forms);
  const indicatorOf = new Int32Array(forms.length);
  const serviceOf = new Int32Array(forms.length);
  const rowsOf: number[][] = framework.indicators.map(() => []);
  const skipped: number[] = [];
  resolveKeys(forms, framework).forEach((key, row) => {
    if (key === undefined) {
      skipped.push(row);
      return;
    }
    indicatorOf[row] = key.no;
    serviceOf[row] = key.service;
    rowsOf[key.no - 1].push(row);
  });
  const missing = rowsOf.flatMap((rows, i) => (rows.length === 0 ? [i + 1] : []));
  return { framework, indicatorOf, serviceOf, averaged: framework.indicators.some((i) => i.averagedOverRows), rowsOf, skipped, missing };
}

/** The cache key of a key column's shape: built without a template string on the common calls (no allocation). */
function shapeOf(length: number, frameworkSpec: unknown): string | number {
  if (frameworkSpec === null || frameworkSpec === undefined || frameworkSpec === "") return length;
  return `${length}|${typeof frameworkSpec}|${typeof frameworkSpec === "object" ? "" : String(frameworkSpec)}`;
}

function keyPlan(keys: readonly unknown[], frameworkSpec: unknown): KeyPlan {
  const shape = shapeOf(keys.length, frameworkSpec);
  const entries = PLAN_CACHE.get(shape) ?? [];
  for (const entry of entries) if (sameKeys(entry.keys, keys)) return entry.plan;
  const plan = buildPlan(keys, frameworkSpec);
  if (PLAN_CACHE.size >= PLAN_CACHE_LIMIT) PLAN_CACHE.clear();
  if (entries.length >= PLANS_PER_SHAPE) entries.shift();
  entries.push({ keys: [...keys], plan });
  PLAN_CACHE.set(shape, entries);
  return plan;
}

function conflict(indicator: number, first: number, firstLevel: number, other: number, otherLevel: number, cells: KeyedCells): SpbeError {
  return new SpbeError("KEY_LEVEL_CONFLICT", {
    indicator,
    cell: cells.levelAddressOf?.(first) ?? `#${first + 1}`,
    value: firstLevel / 100,
    otherCell: cells.levelAddressOf?.(other) ?? `#${other + 1}`,
    otherValue: otherLevel / 100,
  });
}

/**
 * Reads keyed levels; blanks come back as null. Throws for a shape mismatch, an unclear framework, a bad level
 * cell, disagreeing repeats, and (as "not filled in") indicators without any row.
 */
export function readKeyedLevels(cells: KeyedCells, frameworkSpec: unknown): KeyedLevels {
  if (cells.keys.length !== cells.levels.length) {
    throw new SpbeError("KEYS_SHAPE_MISMATCH", { expected: cells.levels.length, actual: cells.keys.length });
  }
  const plan = keyPlan(cells.keys, frameworkSpec);
  const { framework } = plan;
  if (plan.averaged) return readAveraged(cells, plan);

  // One pass over the rows: each indicator's level is its first filled row's; a later filled row must agree.
  const count = framework.indicators.length;
  // No per-call bookkeeping of first rows (an allocation on every recalculation): a conflict finds it again.
  const levels = new Array<number | null>(count).fill(null);
  for (let row = 0; row < plan.indicatorOf.length; row++) {
    const no = plan.indicatorOf[row];
    if (no === 0) continue;
    const level = levelOf(cells.levels[row], framework, no, cells, row);
    if (level === null) continue;
    const seen = levels[no - 1];
    if (seen === null) levels[no - 1] = level;
    else if (seen !== level) {
      const first = plan.rowsOf[no - 1].find((r) => levelOf(cells.levels[r], framework, no, cells, r) === seen) ?? row;
      throw conflict(no, first, seen, row, level, cells);
    }
  }
  if (plan.missing.length > 0) throw missingError(plan);
  return { framework, levels, scale: 1, rowsOf: plan.rowsOf, skipped: plan.skipped };
}

function missingError(plan: KeyPlan): SpbeError {
  const count = plan.framework.indicators.length;
  return new SpbeError("KEYS_MISSING", { framework: plan.framework.id, list: plan.missing.join(", "), expected: count, actual: count - plan.missing.length });
}

/** The general path, for frameworks with an indicator averaged over rows: per service first, then the exact mean. */
function readAveraged(cells: KeyedCells, plan: KeyPlan): KeyedLevels {
  const { framework } = plan;
  const entries = plan.rowsOf.map((rows, i) =>
    rows.map((row) => ({ row, key: { no: i + 1, service: plan.serviceOf[row] }, level: levelOf(cells.levels[row], framework, i + 1, cells, row) })),
  );
  const perService = entries.map((list, i) => {
    if (!framework.indicators[i].averagedOverRows) return [agreed(list, cells)];
    const services = [...new Set(list.map((e) => e.key.service))].sort((a, b) => a - b);
    return services.map((s) => agreed(list.filter((e) => e.key.service === s), cells));
  });
  if (plan.missing.length > 0) throw missingError(plan);
  const scale = perService.reduce((lcm, levels) => (levels.length > 1 ? (lcm * levels.length) / gcd(lcm, levels.length) : lcm), 1);
  const levels = perService.map((services) => {
    if (services.some((l) => l === null)) return null;
    const sum = (services as number[]).reduce((a, b) => a + b, 0);
    return (sum * scale) / services.length;
  });
  return { framework, levels, scale, rowsOf: plan.rowsOf, skipped: plan.skipped };
}

/** Like readKeyedLevels, but every indicator must be filled in: the first blank is reported with its cell. */
export function readCompleteKeyedLevels(cells: KeyedCells, frameworkSpec: unknown): KeyedLevels & { readonly levels: readonly number[] } {
  const read = readKeyedLevels(cells, frameworkSpec);
  const blank = read.levels.indexOf(null);
  if (blank >= 0) {
    const rows = read.rowsOf[blank];
    const row = rows.find((r) => isBlank(cells.levels[r])) ?? rows[0];
    throw new SpbeError("LEVEL_BLANK", { indicator: blank + 1, position: row + 1, cell: cells.levelAddressOf?.(row) });
  }
  return read as KeyedLevels & { readonly levels: readonly number[] };
}

/**
 * Levels in hundredths x `scale` as whole hundredths, the planner's unit. An averaged indicator whose exact mean is
 * not a whole number of hundredths (three services at 2, 3, 3: 2,6667) is refused, naming it.
 */
export function levelsInWholeHundredths(levels: readonly number[], scale: number): number[] {
  if (scale === 1) return [...levels];
  const i = levels.findIndex((l) => l % scale !== 0);
  if (i >= 0) throw new SpbeError("PLAN_LEVEL_NOT_HUNDREDTHS", { indicator: i + 1, value: Math.round((levels[i] / scale) * 100) / 10000 });
  return levels.map((l) => l / scale);
}
