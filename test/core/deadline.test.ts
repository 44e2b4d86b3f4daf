/** The one reading of a deadline ("2026-03-31"), shared by `spbe split` and the unit files' stamp. */
import { parseDeadline } from "../../src/core";

describe("parseDeadline", () => {
  it.each<[string, Date | null]>([
    ["2026-03-31", new Date(Date.UTC(2026, 2, 31))],
    [" 2028-02-29 ", new Date(Date.UTC(2028, 1, 29))],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["31/03/2026", null],
    ["31-03-2026", null],
    // Date.UTC reads the years 0-99 as 1900-1999: such a year is not the date typed.
    ["0050-01-01", null],
  ])("%j -> %j", (text, date) => {
    expect(parseDeadline(text)).toEqual(date);
  });
});
