/**
 * Falls from last year: the indicators whose self-assessment is below last year's value, to be explained before the
 * interview (reference README: "declines from last year flagged before the interview"). The template's change
 * column says the same per row ("turun dari 2,50"); `spbe score` and the pane list them with this.
 */

/** One indicator below last year, levels in hundredths. */
export interface Decline {
  readonly indicator: number;
  readonly from: number;
  readonly to: number;
}

/** Indicators (1-based, in order) whose level is below last year's; a blank on either side says nothing. */
export function declinesFromLastYear(levels: readonly (number | null)[], lastYear: readonly (number | null)[]): Decline[] {
  return levels.flatMap((to, i) => {
    const from = lastYear[i];
    return to !== null && from !== null && from !== undefined && to < from ? [{ indicator: i + 1, from, to }] : [];
  });
}
