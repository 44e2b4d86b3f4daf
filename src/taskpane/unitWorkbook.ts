/**
 * Fan-out in the browser: one unit's workbook built with src/units' writer (ExcelJS) and encoded for
 * Excel.createWorkbook. This module is loaded only by a dynamic import() when the user asks for a unit file, so
 * ExcelJS stays out of the task pane's initial bundle (taskpane.js).
 */
import { unitFileStem, writeUnitWorkbook, type SplitOptions, type SplitSource } from "../units/splitTemplate";
import type { UnitAssignment } from "../units/assignUnits";

export interface BuiltUnitWorkbook {
  /** "bappeda.xlsx": the name the command line would give the file. */
  readonly fileName: string;
  /** The .xlsx bytes, base64-encoded (what Excel.createWorkbook takes). */
  readonly base64: string;
}

/** Base64 of bytes without Node's Buffer (the browser has btoa, which takes a binary string). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode takes its characters as arguments, and engines limit how many.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function buildUnitWorkbook(source: SplitSource, unit: UnitAssignment, options: SplitOptions): Promise<BuiltUnitWorkbook> {
  const workbook = await writeUnitWorkbook(source, unit, options);
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `${unitFileStem(unit.unit)}.xlsx`, base64: bytesToBase64(new Uint8Array(buffer as ArrayBuffer)) };
}
