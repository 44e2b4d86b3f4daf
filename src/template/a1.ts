/** A1 addresses: column letters, cell and range references, sheet-qualified references. */

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "B12" for (12, 2); absolute "$B$12" when asked. */
export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row}` : `${columnLetters(col)}${row}`;
}

/** "B12:D20" (or a single cell when the range is one cell). */
export function rangeRef(row: number, col: number, lastRow: number, lastCol: number, absolute = false): string {
  const first = cellRef(row, col, absolute);
  return row === lastRow && col === lastCol ? first : `${first}:${cellRef(lastRow, lastCol, absolute)}`;
}

/** A sheet name as formulas need it: always quoted, inner quotes doubled ('Kertas Kerja', 'O''Brien'). */
export function quoteSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** "'Kertas Kerja'!$F$9:$F$55". */
export function qualified(sheetName: string, ref: string): string {
  return `${quoteSheet(sheetName)}!${ref}`;
}

/** Parses "B12" or "$B$12" into 1-based row and column. */
export function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Parses "B12:D20" (or one cell) into its corners. */
export function parseRange(ref: string): { row: number; col: number; lastRow: number; lastCol: number } {
  const [a, b] = ref.split(":");
  const first = parseCell(a);
  const last = b === undefined ? first : parseCell(b);
  return { row: first.row, col: first.col, lastRow: last.row, lastCol: last.col };
}

/** Splits "'Kertas Kerja'!$F$9:$F$55" into the sheet name and the range. */
export function splitQualified(ref: string): { sheet: string | undefined; range: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: undefined, range: ref.replace(/^=/, "") };
  let sheet = ref.slice(0, bang).replace(/^=/, "");
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: ref.slice(bang + 1) };
}

/**
 * For "'Sheet 1'!$E$6:$E$52", a function giving "'Sheet 1'!E6" for 0, "'Sheet 1'!E7" for 1, ... in reading order
 * (rows, then columns); undefined past the end. The sheet part is kept as written. For an address it cannot parse
 * (several areas), always undefined: messages then fall back to positions. Addresses are built only when a message
 * needs one, so that "Indikator 12 (sel 'Penilaian'!E17)" costs nothing until it is said.
 */
export function cellAddressAt(address: string): (index: number) => string | undefined {
  const bang = address.lastIndexOf("!");
  const prefix = bang >= 0 ? address.slice(0, bang + 1) : "";
  let corners: ReturnType<typeof parseRange>;
  try {
    corners = parseRange(address.slice(bang + 1));
  } catch {
    return () => undefined;
  }
  const top = Math.min(corners.row, corners.lastRow);
  const left = Math.min(corners.col, corners.lastCol);
  const width = Math.abs(corners.lastCol - corners.col) + 1;
  const count = width * (Math.abs(corners.lastRow - corners.row) + 1);
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
    return `${prefix}${columnLetters(left + (index % width))}${top + Math.floor(index / width)}`;
  };
}

/** The sheet part of an address: "'My sheet'!A1:B2" -> "My sheet"; "" when there is none. */
export function sheetOfAddress(address: string): string {
  return address.lastIndexOf("!") < 0 ? "" : (splitQualified(address).sheet ?? "");
}
