/**
 * Row heights for wrapped text, estimated from the text and the column widths. Excel does not re-measure rows
 * when it opens a file (a wrapped indicator name or a level criterion would show one line), so the description
 * carries the heights and both renderers set them.
 */
import { parseRange } from "./a1";
import type { RowHeightSpec, SheetSpec, StyleId, StyleSpec } from "./types";

/** Height of one line of 11-point Calibri, Excel's default row, in points. */
export const LINE_HEIGHT = 15;
const TITLE_HEIGHT = 21;
const MAX_HEIGHT = 409;

/** Lines a text needs in a column `width` characters wide (conservative: a character is taken as one digit wide). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  return text.split("\n").reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** Rows taller than one line, as runs of equal height. */
export function estimateRowHeights(
  sheet: Pick<SheetSpec, "blocks" | "columnWidths" | "merges">, styles: Readonly<Record<StyleId, StyleSpec>>,
): RowHeightSpec[] {
  const merged = new Set<string>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    for (let row = r.row; row <= r.lastRow; row++) for (let col = r.col; col <= r.lastCol; col++) merged.add(`${row},${col}`);
  }
  const heights = new Map<number, number>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = block.row + r;
      cells.forEach((cell, c) => {
        const col = block.col + c;
        if (!cell.style || merged.has(`${row},${col}`)) return;
        const style = styles[cell.style];
        let height = 0;
        if (style.fontSize && style.fontSize > 11) height = TITLE_HEIGHT;
        if (style.wrap && typeof cell.value === "string") height = linesFor(cell.value, sheet.columnWidths[col - 1] ?? 8.43) * LINE_HEIGHT;
        if (height > (heights.get(row) ?? LINE_HEIGHT)) heights.set(row, Math.min(MAX_HEIGHT, height));
      });
    });
  }
  const runs: RowHeightSpec[] = [];
  for (const row of [...heights.keys()].sort((a, b) => a - b)) {
    const height = heights.get(row)!;
    const last = runs[runs.length - 1];
    if (last && last.lastRow === row - 1 && last.height === height) runs[runs.length - 1] = { ...last, lastRow: row };
    else runs.push({ row, lastRow: row, height });
  }
  return runs;
}
