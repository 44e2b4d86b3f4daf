/**
 * The objects of a workbook that ExcelJS reads past and so leaves out when it writes the workbook back: charts
 * (ours on Ringkasan included: Excelize draws it, ExcelJS cannot keep it), chart sheets, PivotTables, slicers,
 * timelines, form controls, and shapes and text boxes (pictures it keeps). `spbe merge`, which
 * writes the coordinator's workbook back, says which of these its output lacks instead of dropping them silently.
 *
 * Found from the zip's part names, and, for shapes, from the drawing parts (small: anchors, not cells). Not found:
 * what lives inside the sheets' XML (sparklines, the newer conditional formats), which would mean reading every
 * sheet a second time.
 */
import type JSZip from "jszip";

export type UnkeptObject = "chart" | "chartSheet" | "pivotTable" | "slicer" | "timeline" | "formControl" | "shape";

export interface UnkeptObjects {
  readonly kind: UnkeptObject;
  readonly count: number;
}

/** One part per object, by its path (a slicer, a timeline: one cache part each). */
const PART_OF: ReadonlyArray<readonly [UnkeptObject, RegExp]> = [
  ["chart", /^xl\/charts\/chart(Ex)?\d+\.xml$/i],
  ["chartSheet", /^xl\/chartsheets\/sheet\d+\.xml$/i],
  ["pivotTable", /^xl\/pivotTables\/pivotTable\d+\.xml$/i],
  ["slicer", /^xl\/slicerCaches\/slicerCache\d+\.xml$/i],
  ["timeline", /^xl\/timelineCaches\/timelineCache\d+\.xml$/i],
  ["formControl", /^xl\/ctrlProps\/ctrlProp\d+\.xml$/i],
];

const DRAWING = /^xl\/drawings\/drawing\d+\.xml$/i;
/** A shape, a text box (a shape with text) or a connector (a line, an arrow), each in its own element. */
const SHAPE_ELEMENT = /<(?:\w+:)?(?:sp|cxnSp)[\s/>]/g;

/** The objects of the workbook in `zip` that ExcelJS would not write back, in a fixed order; empty when none. */
export async function objectsNotRewritten(zip: JSZip): Promise<readonly UnkeptObjects[]> {
  const counts = new Map<UnkeptObject, number>();
  const add = (kind: UnkeptObject, n: number) => counts.set(kind, (counts.get(kind) ?? 0) + n);
  const drawings: JSZip.JSZipObject[] = [];
  zip.forEach((path, entry) => {
    if (entry.dir) return;
    const kind = PART_OF.find(([, pattern]) => pattern.test(path))?.[0];
    if (kind) add(kind, 1);
    else if (DRAWING.test(path)) drawings.push(entry);
  });
  for (const drawing of drawings) {
    const shapes = (await drawing.async("string")).match(SHAPE_ELEMENT)?.length ?? 0;
    if (shapes > 0) add("shape", shapes);
  }
  const order: readonly UnkeptObject[] = [...PART_OF.map(([kind]) => kind), "shape"];
  return order.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
}
