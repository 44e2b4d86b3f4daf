/**
 * The A1 address of each cell of a one-column or one-row range, so that a message can say "Indikator 12
 * (sel 'Penilaian'!E17)" instead of a position. Addresses are built only when a message needs one.
 */

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * For "'Sheet 1'!$E$6:$E$52", a function giving "'Sheet 1'!E6" for 0, "'Sheet 1'!E7" for 1, ... in reading order
 * (rows, then columns); undefined past the end. For an address it cannot parse (several areas), always undefined:
 * messages then fall back to positions.
 */
export function cellAddressAt(address: string): (index: number) => string | undefined {
  const bang = address.lastIndexOf("!");
  const prefix = bang >= 0 ? address.slice(0, bang + 1) : "";
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.slice(bang + 1));
  if (!m) return () => undefined;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const width = Math.abs(c2 - c1) + 1;
  const count = width * (Math.abs(r2 - r1) + 1);
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
    return `${prefix}${columnLetters(left + (index % width))}${top + Math.floor(index / width)}`;
  };
}
