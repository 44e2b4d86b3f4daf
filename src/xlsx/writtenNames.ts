/**
 * The defined names of an .xlsx file exactly as written in its workbook.xml, read with saxes (the XML parser
 * ExcelJS itself uses). ExcelJS keeps only the names whose reference is a plain range: a name defined by a formula
 * ("OFFSET('Kertas Kerja'!$F$9,0,0,47,1)", a dynamic range many analysts use) is dropped on load, so a message
 * could only say the name was missing, and a workbook saved again lost it. With this list the reader names the
 * formula, and the name is written back unchanged (sheetScopedNames.ts).
 */
import type JSZip from "jszip";
import { SaxesParser } from "saxes";

export interface WrittenName {
  readonly name: string;
  /** The index of the sheet that scopes the name; undefined for a workbook name. */
  readonly localSheetId?: number;
  /** The reference or formula, as written. */
  readonly text: string;
}

/** What the workbook part says of the whole file: its sheets in order, its names as written, its date system. */
export interface WorkbookPart {
  readonly sheets: readonly { readonly name: string; readonly relationship: string }[];
  readonly names: readonly WrittenName[];
  /** Dates count from 1904 (old Mac files) instead of 1900. */
  readonly date1904: boolean;
}

/** Reads xl/workbook.xml: <sheet>, <definedName> and <workbookPr date1904>, in order. */
export async function readWorkbookPart(zip: JSZip): Promise<WorkbookPart> {
  const part = zip.file("xl/workbook.xml");
  if (!part) return { sheets: [], names: [], date1904: false };
  const xml = await part.async("string");
  const sheets: { name: string; relationship: string }[] = [];
  const names: WrittenName[] = [];
  let date1904 = false;
  const parser = new SaxesParser();
  let open: { name: string; localSheetId?: number; text: string } | undefined;
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (tag.name === "sheet") sheets.push({ name: attributes.name ?? "", relationship: attributes["r:id"] ?? "" });
    else if (tag.name === "workbookPr") date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
    else if (tag.name === "definedName") {
      const sheet = attributes.localSheetId;
      open = { name: attributes.name ?? "", text: "", ...(sheet === undefined ? {} : { localSheetId: Number(sheet) }) };
    }
  });
  parser.on("text", (text) => {
    if (open) open.text += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "definedName" && open) {
      names.push(open);
      open = undefined;
    }
  });
  parser.write(xml).close();
  return { sheets, names, date1904 };
}

/** Every <definedName> of the workbook part, in order. */
export async function readWrittenNames(zip: JSZip): Promise<WrittenName[]> {
  return [...(await readWorkbookPart(zip)).names];
}
