/**
 * The exact solver behind the target planner: a multiple-choice knapsack, solved by dynamic programming over the
 * integer gain still needed.
 *
 * Each group (an indicator) offers choices k = 0..K: raise it by k steps, for a cumulative integer gain and a
 * cumulative integer effort. Exactly one choice is taken per group; the selection must reach a total gain of at
 * least `needed`, and among those it minimises, in this order (lexicographically):
 *   1. total effort;
 *   2. the number of groups raised (k > 0);
 *   3. minus the total weight of the groups raised (heavier indicators first);
 *   4. minus the total gain (the higher projected index);
 *   5. finally, raising earlier groups more: the vector of k, in group order, lexicographically largest.
 * Every key 1-4 is a sum over groups, so the lexicographic order is compatible with addition and the principle of
 * optimality holds: dp[j][r], the best cost for groups j..n-1 to gain at least r, is the best over k of
 * cost(j, k) + dp[j+1][max(0, r - gain(j, k))]. Key 5 is honoured by preferring the larger k on a full tie, since
 * the remainder is itself the best of its kind (see the tests, which check every rule against brute force).
 *
 * Gains are divided by their greatest common divisor g, and `needed` becomes ceil(needed / g): a sum of multiples
 * of g reaches needed exactly when its g-multiple count reaches ceil(needed / g). That keeps the table small
 * (59/2020 from all-1 to 4,20: 47 groups x 6 401 states).
 *
 * Efforts must be integers (callers scale decimals), so every comparison is exact.
 */

export interface SolverChoice {
  /** Cumulative gain of taking this many steps: a positive integer. */
  readonly gain: number;
  /** Cumulative effort: a non-negative integer. */
  readonly effort: number;
}

export interface SolverGroup {
  /** Weight of the group, for the "heavier first" tie rule. */
  readonly weight: number;
  /** choices[k - 1] is the cumulative result of k steps; taking none (k = 0) is always allowed. */
  readonly choices: readonly SolverChoice[];
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The largest total gain the groups allow (every group at its last choice). */
export function maxGain(groups: readonly SolverGroup[]): number {
  return groups.reduce((sum, g) => sum + (g.choices.length > 0 ? g.choices[g.choices.length - 1].gain : 0), 0);
}

/**
 * The number of steps to take in each group, or null when even every step together gains less than `needed`.
 * `needed` is a non-negative integer; 0 gives all zeros.
 *
 * Only the states that can matter are computed. Before group j the groups 0..j-1 have gained at most P_j, so the
 * remaining need is at least R - P_j; groups j..n-1 can gain at most S_j, so a need above S_j is infeasible. Layer j
 * therefore spans [R - P_j, S_j], whose width is the slack (total possible gain - needed), whatever j is: a target
 * close to the best reachable index is quick to plan.
 */
export function solveCheapestSelection(groups: readonly SolverGroup[], needed: number): number[] | null {
  const n = groups.length;
  if (needed <= 0) return new Array<number>(n).fill(0);
  if (maxGain(groups) < needed) return null;

  let g = 0;
  for (const group of groups) for (const c of group.choices) g = gcd(g, c.gain);
  const target = Math.ceil(needed / g);
  const gains = groups.map((group) => group.choices.map((c) => c.gain / g));
  const efforts = groups.map((group) => group.choices.map((c) => c.effort));
  const top = gains.map((gs) => (gs.length > 0 ? gs[gs.length - 1] : 0));

  // Tie keys 2-4 packed into one exact integer, smaller is better: count x W x G - weight x G - gain, where W and G
  // exceed any weight sum and gain sum, so the packed order is the lexicographic one.
  const totalTop = top.reduce((a, b) => a + b, 0);
  const weightRadix = groups.reduce((sum, group) => sum + group.weight, 0) + 1;
  const gainRadix = totalTop + 1;
  if ((n + 1) * weightRadix * gainRadix > Number.MAX_SAFE_INTEGER) throw new Error("planSolver: tie keys exceed exact integer range");
  const tieOf = (groupIndex: number, k: number) => (weightRadix - groups[groupIndex].weight) * gainRadix - gains[groupIndex][k - 1];

  // suffix[j]: the most groups j..n-1 can gain; prefix gain before j is totalTop - suffix[j].
  const suffix = new Array<number>(n + 1).fill(0);
  for (let j = n - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + top[j];
  const lowOf = (j: number) => Math.max(0, target - (totalTop - suffix[j]));
  const highOf = (j: number) => Math.min(target, suffix[j]);

  // Best cost of groups j+1..n-1 ("next") and j..n-1 ("cur") per remaining need r; valid on [lowOf, highOf].
  let nextEffort = new Float64Array(target + 1);
  let nextTie = new Float64Array(target + 1);
  let curEffort = new Float64Array(target + 1);
  let curTie = new Float64Array(target + 1);
  nextEffort[0] = 0;
  nextTie[0] = 0;
  const chosen: Uint8Array[] = new Array<Uint8Array>(n);

  for (let j = n - 1; j >= 0; j--) {
    const low = lowOf(j);
    const high = highOf(j);
    const nextLow = lowOf(j + 1);
    const nextHigh = highOf(j + 1);
    const gs = gains[j];
    const es = efforts[j];
    const pick = new Uint8Array(high - low + 1);
    // k = 0: this group stays where it is.
    for (let r = low; r <= high; r++) {
      if (r >= nextLow && r <= nextHigh) {
        curEffort[r] = nextEffort[r];
        curTie[r] = nextTie[r];
      } else {
        curEffort[r] = Infinity;
        curTie[r] = Infinity;
      }
    }
    for (let k = 1; k <= gs.length; k++) {
      const gain = gs[k - 1];
      const effort = es[k - 1];
      const tie = tieOf(j, k);
      for (let r = low; r <= high; r++) {
        const rest = r > gain ? r - gain : 0;
        if (rest < nextLow || rest > nextHigh) continue;
        const e = nextEffort[rest] + effort;
        const t = nextTie[rest] + tie;
        const be = curEffort[r];
        // Less effort wins; on equal effort the smaller tie key; on a full tie the larger k (later in the loop).
        if (e < be || (e === be && t <= curTie[r])) {
          curEffort[r] = e;
          curTie[r] = t;
          pick[r - low] = k;
        }
      }
    }
    chosen[j] = pick;
    [curEffort, nextEffort] = [nextEffort, curEffort];
    [curTie, nextTie] = [nextTie, curTie];
  }

  const steps = new Array<number>(n);
  let r = target;
  for (let j = 0; j < n; j++) {
    const k = chosen[j][r - lowOf(j)];
    steps[j] = k;
    if (k > 0) r = Math.max(0, r - gains[j][k - 1]);
  }
  return steps;
}
