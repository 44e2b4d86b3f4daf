/**
 * Defined names that only unit (OPD) workbooks carry, on top of the template's contract (src/template/names.ts).
 * They stay here, with the unit files' code, until the template contract adopts them.
 *
 * A unit file made by `splitTemplate` is a complete template (every SPBE_* name of the contract) plus these.
 */

/** One cell: the unit (OPD) the file was sent to, as written in the coordinator's PIC / OPD column. */
export const SPBE_UNIT = "SPBE_UNIT";
/** One cell: the deadline the coordinator set (a date), or blank. */
export const SPBE_UNIT_DEADLINE = "SPBE_UNIT_DEADLINE";
/** One cell: the coordinator's note to the unit, or blank. */
export const SPBE_UNIT_NOTE = "SPBE_UNIT_NOTE";

