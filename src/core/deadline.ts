/**
 * A coordinator's deadline typed as "2026-03-31": the one reading used by `spbe split` (to refuse a wrong date
 * before any file is written) and by the unit files' stamp (to store it as a real Excel date).
 */

/**
 * "2026-03-31" (surrounding blanks ignored) as that date at midnight UTC, which is what Excel stores for a typed
 * date; null when it is not of that form or not a real calendar date ("2026-02-30"). The year is checked too,
 * because Date.UTC reads the years 0-99 as 1900-1999.
 */
export function parseDeadline(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
