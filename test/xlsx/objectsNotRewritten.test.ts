/**
 * What a workbook holds that ExcelJS leaves out when it writes it back, found from its parts. The real files
 * (Excelize's chart, shape and PivotTable, and ExcelJS truly dropping them) are in test/cli/units.e2e.test.ts;
 * here each kind is counted from the parts Excel writes for it, and nothing else counts.
 */
import JSZip from "jszip";
import { checkWorkbookBytes } from "../../src/xlsx/checkWorkbookBytes";
import { objectsNotRewritten } from "../../src/xlsx/objectsNotRewritten";
import { makeTemplate } from "../units/fixtures";

const DRAWING_NS = 'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"';
/** A drawing part with two shapes (one a text box), a connector, a picture and a chart frame: 3 shapes. */
const DRAWING = `<xdr:wsDr ${DRAWING_NS}>
  <xdr:twoCellAnchor><xdr:sp macro="" textlink=""><xdr:nvSpPr/><xdr:spPr/></xdr:sp></xdr:twoCellAnchor>
  <xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:txBody/></xdr:sp></xdr:twoCellAnchor>
  <xdr:twoCellAnchor><xdr:cxnSp macro=""><xdr:nvCxnSpPr/></xdr:cxnSp></xdr:twoCellAnchor>
  <xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr/><xdr:spPr/></xdr:pic></xdr:oneCellAnchor>
  <xdr:twoCellAnchor><xdr:graphicFrame macro=""/></xdr:twoCellAnchor>
</xdr:wsDr>`;

async function templateZip(): Promise<JSZip> {
  const bytes = new Uint8Array(await (await makeTemplate("59/2020")).xlsx.writeBuffer());
  return checkWorkbookBytes(bytes, "kertas-kerja.xlsx");
}

describe("objectsNotRewritten", () => {
  it("finds nothing in a template ExcelJS wrote, pictures and all", async () => {
    const zip = await templateZip();
    zip.file("xl/media/image1.png", new Uint8Array([137, 80, 78, 71]));
    zip.file("xl/drawings/drawing9.xml", `<xdr:wsDr ${DRAWING_NS}><xdr:oneCellAnchor><xdr:pic><xdr:spPr/></xdr:pic></xdr:oneCellAnchor></xdr:wsDr>`);
    expect(await objectsNotRewritten(zip)).toEqual([]);
  });

  it("counts each kind by its parts, shapes by their elements, in a fixed order; relationships and caches count nothing", async () => {
    const zip = await templateZip();
    const parts = [
      "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chartEx1.xml", "xl/charts/_rels/chart1.xml.rels",
      "xl/charts/style1.xml", "xl/charts/colors1.xml",
      "xl/chartsheets/sheet1.xml", "xl/chartsheets/_rels/sheet1.xml.rels",
      "xl/pivotTables/pivotTable1.xml", "xl/pivotTables/pivotTable2.xml", "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/slicers/slicer1.xml", "xl/slicerCaches/slicerCache1.xml", "xl/slicerCaches/slicerCache2.xml",
      "xl/timelines/timeline1.xml", "xl/timelineCaches/timelineCache1.xml",
      "xl/ctrlProps/ctrlProp1.xml", "xl/ctrlProps/ctrlProp2.xml", "xl/ctrlProps/ctrlProp3.xml",
    ];
    for (const part of parts) zip.file(part, part === "xl/drawings/drawing1.xml" ? DRAWING : "<x/>");
    expect(await objectsNotRewritten(zip)).toEqual([
      { kind: "chart", count: 3 },
      { kind: "chartSheet", count: 1 },
      { kind: "pivotTable", count: 2 },
      { kind: "slicer", count: 2 },
      { kind: "timeline", count: 1 },
      { kind: "formControl", count: 3 },
      { kind: "shape", count: 3 },
    ]);
  });

  it("adds up the shapes of every drawing", async () => {
    const zip = await templateZip();
    zip.file("xl/drawings/drawing1.xml", DRAWING);
    zip.file("xl/drawings/drawing2.xml", `<wsDr><twoCellAnchor><sp/></twoCellAnchor></wsDr>`);
    expect(await objectsNotRewritten(zip)).toEqual([{ kind: "shape", count: 4 }]);
  });
});
