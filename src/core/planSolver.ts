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
 *   5. finally, raising earlier groups more: the vector of k, lexicographically largest in the solver's order, which
 *      takes the groups with the finest gains first (by the gcd of a group's own gains), then in group order.
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
 *
 * And each layer is kept on the grid of its suffix's common divisor h_j (the gcd of every gain of groups j..n-1):
 * those groups can only reach multiples of h_j, so the best cost for a need r equals the best for the next multiple,
 * ceil(r / h_j) x h_j. The groups are taken finest first (by the gcd of their own gains, then in order): a decimal
 * level's first step (1,37 -> 2) has fine gains, whole steps coarse ones, so only the few layers of fine groups use
 * the fine grid and the rest a grid 10-100 times coarser. Rule 5 follows this order.
 */
export function solveCheapestSelection(groups: readonly SolverGroup[], needed: number): number[] | null {
  const n = groups.length;
  if (needed <= 0) return new Array<number>(n).fill(0);
  if (maxGain(groups) < needed) return null;

  let g = 0;
  for (const group of groups) for (const c of group.choices) g = gcd(g, c.gain);
  const target = Math.ceil(needed / g);
  const ownGcd = groups.map((group) => group.choices.reduce((d, c) => gcd(d, c.gain / g), 0));
  // Processing order: finest groups first, then by position (stable).
  const order = groups.map((_, i) => i).sort((a, b) => ownGcd[a] - ownGcd[b] || a - b);
  const gains = order.map((i) => groups[i].choices.map((c) => c.gain / g));
  const efforts = order.map((i) => groups[i].choices.map((c) => c.effort));
  const top = gains.map((gs) => (gs.length > 0 ? gs[gs.length - 1] : 0));

  // Tie keys 2-4 packed into one exact integer, smaller is better: count x W x G - weight x G - gain, where W and G
  // exceed any weight sum and gain sum, so the packed order is the lexicographic one.
  const totalTop = top.reduce((a, b) => a + b, 0);
  const weightRadix = groups.reduce((sum, group) => sum + group.weight, 0) + 1;
  const gainRadix = totalTop + 1;
  if ((n + 1) * weightRadix * gainRadix > Number.MAX_SAFE_INTEGER) throw new Error("planSolver: tie keys exceed exact integer range");
  const tieOf = (j: number, k: number) => (weightRadix - groups[order[j]].weight) * gainRadix - gains[j][k - 1];

  // suffix[j]: the most groups j..n-1 can gain; step[j]: the gcd of their gains (1 for the empty suffix).
  const suffix = new Array<number>(n + 1).fill(0);
  const step = new Array<number>(n + 1).fill(1);
  let suffixGcd = 0;
  for (let j = n - 1; j >= 0; j--) {
    suffix[j] = suffix[j + 1] + top[j];
    suffixGcd = gcd(suffixGcd, ownGcd[order[j]]);
    step[j] = suffixGcd || 1;
  }
  // Grid cells of layer j: needs ceil(r / step) for r in [R - P_j, min(R, S_j)].
  const lowOf = (j: number) => Math.ceil(Math.max(0, target - (totalTop - suffix[j])) / step[j]);
  const highOf = (j: number) => Math.ceil(Math.min(target, suffix[j]) / step[j]);

  // Best cost of groups j+1..n-1 ("next") per grid cell, offset by that layer's low cell. The empty suffix reaches
  // a need of 0 only, at no cost.
  let nextLow = 0;
  let nextHigh = 0;
  let nextStep = 1;
  let nextEffort = new Float64Array(1);
  let nextTie = new Float64Array(1);
  const chosen: Uint8Array[] = new Array<Uint8Array>(n);

  for (let j = n - 1; j >= 0; j--) {
    const low = lowOf(j);
    const high = highOf(j);
    const s = step[j];
    const width = high - low + 1;
    const curEffort = new Float64Array(width).fill(Infinity);
    const curTie = new Float64Array(width).fill(Infinity);
    const pick = new Uint8Array(width);
    const gs = gains[j];
    const es = efforts[j];
    // k = 0 first, then k = 1..K: on a full tie the later (larger) k wins.
    for (let k = 0; k <= gs.length; k++) {
      const gain = k === 0 ? 0 : gs[k - 1];
      const effort = k === 0 ? 0 : es[k - 1];
      const tie = k === 0 ? 0 : tieOf(j, k);
      // The next layer's cell of need m x s - gain, ceil((m s - gain) / nextStep), kept incrementally: nextStep is a
      // multiple of s, so one step of m moves the cell by at most one.
      let rest = low * s - gain;
      let cell = rest > 0 ? Math.ceil(rest / nextStep) : 0;
      for (let m = low; m <= high; m++, rest += s) {
        if (rest > cell * nextStep) cell++;
        if (cell > nextHigh) break;
        if (cell < nextLow) continue;
        const e = nextEffort[cell - nextLow] + effort;
        const t = nextTie[cell - nextLow] + tie;
        const at = m - low;
        const be = curEffort[at];
        // Less effort wins; on equal effort the smaller tie key; on a full tie the larger k (later in the loop).
        if (e < be || (e === be && t <= curTie[at])) {
          curEffort[at] = e;
          curTie[at] = t;
          pick[at] = k;
        }
      }
    }
    chosen[j] = pick;
    nextEffort = curEffort;
    nextTie = curTie;
    nextLow = low;
    nextHigh = high;
    nextStep = s;
  }

  const steps = new Array<number>(n).fill(0);
  let r = target;
  for (let j = 0; j < n; j++) {
    // The layer decided for the need rounded up to its grid, as the table was filled.
    const cell = Math.ceil(r / step[j]);
    const k = chosen[j][cell - lowOf(j)];
    steps[order[j]] = k;
    r = cell * step[j];
    if (k > 0) r = Math.max(0, r - gains[j][k - 1]);
  }
  return steps;
}
