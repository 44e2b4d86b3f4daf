/**
 * Indicator keys: the cell of an analyst's own table that says which indicator a row holds. Workbooks write it as a
 * number (18), as text ("18", "Indikator 18 : Nama ...", "IK-18", "I18", "No. 18"), as the Pemdi aspect.indicator
 * code ("3.2" = indicator 6, or the number 3.2 that Excel makes of it), as the official indicator name, or, for
 * 5/2018's indicator 35, as one row per public service (`35`, `35-2`, `35-3`). Anything else (a title, a header,
 * an aspect heading, TOTAL, a note) is not a key, and its row is skipped.
 */
import { FRAMEWORKS, type Framework, type FrameworkId } from "./frameworks";

/** What one key cell says, before a framework is chosen. */
export type KeyForm =
  /**
   * A plain indicator number: 18, "18", "Indikator 18", "IK-18", "I18", "No. 18"; `label` holds the normalised text
   * after it ("Indikator 18 : Nama ..."), if any.
   */
  | { readonly kind: "number"; readonly no: number; readonly label?: string }
  /** A service row of an indicator averaged over rows: "35-2" is service 2 of indicator 35. */
  | { readonly kind: "service"; readonly no: number; readonly service: number }
  /** A Pemdi aspect.indicator code: "3.2" is the second indicator of aspect 3; `label` as for numbers. */
  | { readonly kind: "code"; readonly aspect: number; readonly position: number; readonly label?: string }
  /** An official indicator name, normalised (see normaliseName). */
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "none" };

const NONE: KeyForm = { kind: "none" };

/** "Indikator 18 : Nama", "Indicator 18", "IK-18", "I18", "Ind. 18", "No. 18", "Nomor 18", "18", "18. Nama". */
const NUMBER_KEY = /^(?:(?:indikator|indicator|ind\.?|ik|i|no\.?|nomor)\s*[-.:]?\s*)?(\d{1,2})(?:\s*(?:[.:)]\s+|\s+[-–:]\s*|\s+)(\D.*))?$/i;
/** "35-2", "35 - 3", "Indikator 35-2". */
const SERVICE_KEY = /^(?:(?:indikator|indicator|ind\.?|ik|i|no\.?|nomor)\s*[-.:]?\s*)?(\d{1,2})\s*-\s*(\d)(?:\s+\D.*)?$/i;
/** "3.2", or "3.2 Nama indikator": the code alone or followed by the indicator's name. */
const CODE_KEY = /^(\d)\.(\d)(?:\s*[.:)\-–]?\s+(\D.*))?$/;

/** Lower case, punctuation to spaces, one space between words: names compare without case, spacing or punctuation. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Names shorter than this are not taken as an indicator name: a header "Data" or "Nilai" must never match by
 * accident (every official indicator name is longer).
 */
const MIN_NAME_LENGTH = 12;

function labelOf(text: string | undefined): { label?: string } {
  return text === undefined ? {} : { label: normaliseName(text) };
}

/** Reads one key cell. Numbers are keys only when whole (or, for Pemdi, a one-decimal aspect.indicator code). */
export function readKeyForm(value: unknown): KeyForm {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) return NONE;
    if (Number.isInteger(value)) return { kind: "number", no: value };
    // Excel turns a typed 3.2 into the number 3.2: an aspect.indicator code, as long as it has one decimal.
    const tenths = Math.round(value * 10);
    if (Math.abs(value * 10 - tenths) < 1e-9 && tenths % 10 !== 0 && value < 10) return { kind: "code", aspect: Math.floor(tenths / 10), position: tenths % 10 };
    return NONE;
  }
  if (typeof value !== "string") return NONE;
  const text = value.trim();
  if (text === "") return NONE;
  let m = SERVICE_KEY.exec(text);
  if (m) return { kind: "service", no: Number(m[1]), service: Number(m[2]) };
  m = CODE_KEY.exec(text);
  if (m) return { kind: "code", aspect: Number(m[1]), position: Number(m[2]), ...labelOf(m[3]) };
  m = NUMBER_KEY.exec(text);
  if (m) return Number(m[1]) > 0 ? { kind: "number", no: Number(m[1]), ...labelOf(m[2]) } : NONE;
  const name = normaliseName(text);
  return name.length >= MIN_NAME_LENGTH ? { kind: "name", name } : NONE;
}

/** Official names of each framework, normalised, to indicator numbers. Built once. */
const NAME_INDEX: ReadonlyMap<FrameworkId, ReadonlyMap<string, number>> = new Map(
  FRAMEWORKS.map((f) => [f.id, new Map(f.indicators.map((i) => [normaliseName(i.name), i.no]))]),
);

/** Aspect and domain names of each framework, normalised: a number followed by one of them is a heading. */
const HEADING_NAMES: ReadonlyMap<FrameworkId, ReadonlySet<string>> = new Map(
  FRAMEWORKS.map((f) => [f.id, new Set([...f.aspects, ...f.domains].map((part) => normaliseName(part.name)))]),
);

/** A label names an indicator when one is the other or starts it (cells often cut long names short). */
function sameName(label: string, official: string): boolean {
  return label === official || (label.length >= MIN_NAME_LENGTH && (official.startsWith(label) || label.startsWith(official)));
}

/** The indicator (number) a key names in a framework, with the service for averaged rows; undefined when none. */
export interface ResolvedKey {
  readonly no: number;
  /** 1 for the first service row (`35`) of an indicator averaged over rows, 2 for `35-2`, ...; 0 otherwise. */
  readonly service: number;
}

/**
 * The indicator a key form names in a framework. `codesInUse` is true when the same range also has aspect.indicator
 * codes: plain numbers there are the aspect headings ("3" above "3.1", "3.2"), not indicators.
 */
export function resolveKey(form: KeyForm, framework: Framework, codesInUse = false): ResolvedKey | undefined {
  switch (form.kind) {
    case "number": {
      if (codesInUse) return undefined;
      // "1. Kebijakan Internal Tata Kelola SPBE" numbers a heading, not indicator 1.
      if (form.label !== undefined && HEADING_NAMES.get(framework.id)?.has(form.label)) return undefined;
      const ind = framework.indicators[form.no - 1];
      return ind ? { no: ind.no, service: ind.averagedOverRows ? 1 : 0 } : undefined;
    }
    case "service": {
      const ind = framework.indicators[form.no - 1];
      return ind?.averagedOverRows && form.service >= 1 ? { no: ind.no, service: form.service } : undefined;
    }
    case "code": {
      if (framework.domains.length > 0) return undefined; // aspect.indicator codes are the Pemdi way only
      const no = framework.aspects[form.aspect - 1]?.indicatorNos[form.position - 1];
      if (no === undefined) return undefined;
      // "1.1 Kebijakan Internal ..." in a 59/2020 sheet is a heading: a code with a name counts only with its own name.
      if (form.label !== undefined && !sameName(form.label, normaliseName(framework.indicators[no - 1].name))) return undefined;
      return { no, service: 0 };
    }
    case "name": {
      const no = NAME_INDEX.get(framework.id)?.get(form.name);
      return no === undefined ? undefined : { no, service: framework.indicators[no - 1].averagedOverRows ? 1 : 0 };
    }
    default:
      return undefined;
  }
}

/**
 * The indicator each key of one column names in a framework. Plain numbers are aspect headings in a column that
 * uses aspect.indicator codes of this framework (see resolveKey).
 */
export function resolveKeys(forms: readonly KeyForm[], framework: Framework): (ResolvedKey | undefined)[] {
  const codesInUse = forms.some((f) => f.kind === "code" && resolveKey(f, framework) !== undefined);
  return forms.map((f) => resolveKey(f, framework, codesInUse));
}

/**
 * The frameworks a set of keys can belong to, judged only on what leaves no doubt: a framework is kept when every
 * key that names an indicator in some framework names one in it too, and it is ruled out by a key it cannot read
 * (a number above its count, a code in a framework with domains, a service row where no indicator has them, a name
 * that is not its own). Several frameworks left means the keys alone cannot decide (numbers 1-20 fit all three).
 */
export function frameworksFittingKeys(forms: readonly KeyForm[]): Framework[] {
  const codesInUse = forms.some((f) => f.kind === "code");
  const meaningful = forms.filter((f) => f.kind !== "none" && !(codesInUse && f.kind === "number"));
  if (meaningful.length === 0) return [...FRAMEWORKS];
  return FRAMEWORKS.filter((fw) =>
    meaningful.every((form) => {
      if (resolveKey(form, fw, codesInUse) !== undefined) return true;
      // A name of no framework at all, or a number no framework has, says nothing about which one this is.
      return !FRAMEWORKS.some((other) => other !== fw && resolveKey(form, other, codesInUse) !== undefined);
    }),
  );
}
