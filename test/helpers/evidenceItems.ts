/** Random evidence item sets for the tests that compare the Bukti Dukung formulas, the core and SPBE.EVIDENCELEVEL. */
import { EVIDENCE_STATUSES, EVIDENCE_STATUS_WORDS } from "../../src/core";

/** A small deterministic generator, so a failure can be replayed. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATUS_FORMS = [
  ...EVIDENCE_STATUSES.map((s) => EVIDENCE_STATUS_WORDS.id[s]),
  ...EVIDENCE_STATUSES.map((s) => EVIDENCE_STATUS_WORDS.en[s]),
  "DITERIMA", " Diterima ", "Accepted", "", null, "ok", 4,
];

/**
 * Item codes and statuses for the first few indicators: one or two items per level, mostly accepted, a level left
 * out now and then (so the rule has levels to cut at), in shuffled rows among blank ones.
 */
export function itemSet(seed: number, rows: number, indicators: number, withInvalid: boolean): { codes: unknown[]; statuses: unknown[] } {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const items: [unknown, unknown][] = [];
  for (let ind = 1; ind <= Math.min(indicators, 6); ind++) {
    for (let level = 1; level <= 5; level++) {
      if (next() < 0.1) continue;
      const count = 1 + Math.floor(next() * 2);
      for (let k = 1; k <= count; k++) {
        const code = next() < 0.2 ? ` i${ind}-l${level}-0${k} ` : `I${ind}-L${level}-0${k}`;
        items.push([code, next() < 0.85 ? pick(["diterima", "accepted", " DITERIMA", "Diterima"]) : pick(STATUS_FORMS)]);
      }
    }
  }
  const codes: unknown[] = new Array(rows).fill(null);
  const statuses: unknown[] = new Array(rows).fill(null);
  for (const [code, status] of items) {
    let at = Math.floor(next() * rows);
    while (codes[at] !== null) at = (at + 1) % rows;
    codes[at] = code;
    statuses[at] = status;
  }
  // Statuses on rows without a code are no item: they must change nothing.
  for (let i = 0; i < 5; i++) if (codes[i] === null) statuses[i] = "diterima";
  if (withInvalid) codes[codes.indexOf(null)] = pick(["I4-L6-01", "I04-L2-01", "I4-L2-", "IK4-L2-01", "I4.5-L2-01", "I99-L1-01", 42, "4-L2-01"]);
  return { codes, statuses };
}

