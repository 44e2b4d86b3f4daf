/**
 * Turning what a user types (a regulation, a year, "A3", "Layanan SPBE", 12) into framework parts, with a clear
 * error naming what is allowed when it does not match.
 */
import { SpbeError, type Language } from "./errors";
import { FRAMEWORKS, getFramework, type Aspect, type Domain, type Framework, type FrameworkId, type Indicator } from "./frameworks";
import { isBlank } from "./levels";
import { EVALUATION_YEARS } from "./frameworkText";

/** The framework used by evaluations of a given year, or undefined for years before 2018. */
export function frameworkForYear(year: number): Framework | undefined {
  return FRAMEWORKS.find((f) => year >= f.years.from && (f.years.to === null || year <= f.years.to));
}

const LATEST_PLAUSIBLE_YEAR = EVALUATION_YEARS.last;

/** "PermenPANRB Nomor 59 Tahun 2020" → "59/2020"; "59-2020", "59 2020", "pemdi" also work. */
function parseRegulation(text: string): FrameworkId | undefined {
  const t = text.trim().toLowerCase();
  if (t === "pemdi" || t === "indeks pemdi") return "8/2026";
  const m = /^(?:permen(?:\s*|-)?pan(?:\s*|-)?rb\s*)?(?:nomor|no\.?)?\s*(\d{1,2})\s*(?:\/|-|\s|tahun|th\.?)+\s*(\d{4})$/.exec(t);
  if (!m) return undefined;
  const id = `${Number(m[1])}/${m[2]}`;
  return FRAMEWORKS.some((f) => f.id === id) ? (id as FrameworkId) : undefined;
}

function byCount(count: number): Framework | undefined {
  return FRAMEWORKS.find((f) => f.indicators.length === count);
}

/**
 * Resolves a framework argument: a regulation ("59/2020", "8/2026", "5/2018"), an evaluation year (2018-2020,
 * 2021-2025, 2026 on), or blank. Blank falls back to the number of cells when it is given (47, 20, 35), else to
 * `fallback`. When both a framework and a cell count are given, they must agree.
 */
export function resolveFramework(spec: unknown, options: { cellCount?: number; fallback?: FrameworkId } = {}): Framework {
  let framework: Framework | undefined;
  if (isBlank(spec)) {
    if (options.cellCount !== undefined) {
      framework = byCount(options.cellCount);
      if (!framework) throw new SpbeError("COUNT_UNKNOWN", { actual: options.cellCount });
      return framework;
    }
    return getFramework(options.fallback ?? "59/2020");
  }
  if (typeof spec === "number" && Number.isInteger(spec) && spec <= LATEST_PLAUSIBLE_YEAR) {
    framework = frameworkForYear(spec);
  } else if (typeof spec === "string") {
    const asYear = /^\s*(\d{4})\s*$/.exec(spec);
    framework = asYear ? (Number(asYear[1]) <= LATEST_PLAUSIBLE_YEAR ? frameworkForYear(Number(asYear[1])) : undefined) : undefined;
    framework ??= FRAMEWORKS.find((f) => f.id === parseRegulation(spec));
  }
  if (!framework) throw new SpbeError("FRAMEWORK_UNKNOWN", { value: spec });
  if (options.cellCount !== undefined && options.cellCount !== framework.indicators.length) {
    throw new SpbeError("COUNT_MISMATCH", { framework: framework.id, expected: framework.indicators.length, actual: options.cellCount });
  }
  return framework;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Finds a part by number (3), id ("A3", "a3") or official name, case-insensitive. */
function findPart<T extends { id: string; no: number; name: string; nameEn: string }>(parts: readonly T[], spec: unknown): T | undefined {
  if (typeof spec === "number") return Number.isInteger(spec) ? parts.find((p) => p.no === spec) : undefined;
  if (typeof spec !== "string") return undefined;
  const key = normalise(spec);
  if (/^\d+$/.test(key)) return parts.find((p) => p.no === Number(key));
  return parts.find((p) => p.id.toLowerCase() === key || normalise(p.name) === key || normalise(p.nameEn) === key);
}

function allowedParts(parts: readonly { id: string }[]): string {
  return `${parts[0].id}-${parts[parts.length - 1].id} (atau/or 1-${parts.length})`;
}

export function findAspect(framework: Framework, spec: unknown): Aspect {
  const aspect = findPart(framework.aspects, spec);
  if (!aspect) throw new SpbeError("ASPECT_UNKNOWN", { value: spec, framework: framework.id, allowed: allowedParts(framework.aspects) });
  return aspect;
}

export function findDomain(framework: Framework, spec: unknown): Domain {
  if (framework.domains.length === 0) throw new SpbeError("NO_DOMAINS", { framework: framework.id });
  const domain = findPart(framework.domains, spec);
  if (!domain) throw new SpbeError("DOMAIN_UNKNOWN", { value: spec, framework: framework.id, allowed: allowedParts(framework.domains) });
  return domain;
}

/** Finds an indicator by its number (12 or "12"). */
export function findIndicator(framework: Framework, spec: unknown): Indicator {
  const no = typeof spec === "number" ? spec : typeof spec === "string" && /^\s*\d+\s*$/.test(spec) ? Number(spec) : NaN;
  const indicator = Number.isInteger(no) ? framework.indicators[no - 1] : undefined;
  if (!indicator) throw new SpbeError("INDICATOR_UNKNOWN", { value: spec, framework: framework.id, max: framework.indicators.length });
  return indicator;
}

/** The language argument: blank means Indonesian. */
export function resolveLanguage(spec: unknown): Language {
  if (isBlank(spec)) return "id";
  if (typeof spec === "string") {
    const key = spec.trim().toLowerCase();
    if (key === "id" || key === "in" || key === "indonesia" || key === "id-id") return "id";
    if (key === "en" || key === "english" || key === "inggris" || key.startsWith("en-")) return "en";
  }
  throw new SpbeError("LANGUAGE_UNKNOWN", { value: spec });
}
