/** Grouping a block's styled cells into few rectangles, so a renderer sets each style once per rectangle. */
import type { CellBlock, StyleId } from "./types";

export interface StyleRect {
  readonly style: StyleId;
  /** 1-based sheet coordinates, inclusive. */
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/**
 * Runs of equal style along each row, then stacked runs with the same columns and style merged downwards.
 * Unstyled cells are left out. Every styled cell is covered exactly once.
 */
export function styleRects(block: CellBlock): StyleRect[] {
  const done: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  block.cells.forEach((cells, r) => {
    const sheetRow = block.row + r;
    const next = new Map<string, StyleRect>();
    let c = 0;
    while (c < cells.length) {
      const style = cells[c].style;
      let end = c;
      while (end + 1 < cells.length && cells[end + 1].style === style) end++;
      if (style !== undefined) {
        const key = `${style}:${c}:${end}`;
        const above = open.get(key);
        if (above) {
          open.delete(key);
          next.set(key, { ...above, lastRow: sheetRow });
        } else {
          next.set(key, { style, row: sheetRow, col: block.col + c, lastRow: sheetRow, lastCol: block.col + end });
        }
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
