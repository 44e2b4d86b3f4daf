/* eslint-disable */
/**
 * Fake-host workbooks holding evaluation templates laid out as the defined-name contract says (SPBE_FRAMEWORK,
 * SPBE_LEVELS, SPBE_TARGETS, ...), for test/e2e/fakeOfficeHost.js. Plain CommonJS so Jest tests and the browser
 * test share it. The cells behind SPBE_INDEX hold a deliberately wrong number: the pane must recompute, not read it.
 */

/**
 * One template's sheet and names: levels in E6:E(5+n), targets in F, header cells in B2:B4, last year's levels in K
 * (SPBE_LAST_YEAR) when `lastYear` is given. With any of `pic`,
 * `justification`, `evidence`, `notes` or `unit` (the columns a merge of unit answers reads), also PIC / OPD in G,
 * Penjelasan in H, Data dukung in I, Catatan in J (SPBE_PIC, SPBE_JUSTIFICATION, SPBE_EVIDENCE, SPBE_NOTES) and the
 * unit a unit file was made for in B1 (SPBE_UNIT).
 */
function templateSheet(options) {
  var levels = options.levels;
  var n = levels.length;
  var last = 5 + n;
  var cells = { B2: options.framework || "59/2020", B3: options.instansi || "", B4: options.year || "", B5: 9.99 };
  levels.forEach(function (l, i) {
    if (l !== null && l !== undefined) cells["E" + (6 + i)] = l;
  });
  (options.targets || []).forEach(function (t, i) {
    if (t !== null && t !== undefined) cells["F" + (6 + i)] = t;
  });
  (options.lastYear || []).forEach(function (l, i) {
    if (l !== null && l !== undefined) cells["K" + (6 + i)] = l;
  });
  var names = [
    { name: "SPBE_FRAMEWORK", ref: "B2" },
    { name: "SPBE_INSTANSI", ref: "B3" },
    { name: "SPBE_YEAR", ref: "B4" },
    { name: "SPBE_INDEX", ref: "B5" },
    { name: "SPBE_LEVELS", ref: "E6:E" + last },
    { name: "SPBE_TARGETS", ref: "F6:F" + last },
  ];
  if (options.lastYear) names.push({ name: "SPBE_LAST_YEAR", ref: "K6:K" + last });
  var columns = [["pic", "G", "SPBE_PIC"], ["justification", "H", "SPBE_JUSTIFICATION"], ["evidence", "I", "SPBE_EVIDENCE"], ["notes", "J", "SPBE_NOTES"]];
  var forMerge = options.unit !== undefined || columns.some(function (c) { return options[c[0]] !== undefined; });
  if (forMerge) {
    columns.forEach(function (c) {
      (options[c[0]] || []).forEach(function (v, i) {
        if (v !== null && v !== undefined) cells[c[1] + (6 + i)] = v;
      });
      names.push({ name: c[2], ref: c[1] + "6:" + c[1] + last });
    });
    if (options.unit !== undefined) {
      cells.B1 = options.unit;
      names.push({ name: "SPBE_UNIT", ref: "B1" });
    }
  }
  return { name: options.sheet, cells: cells, names: names };
}

/**
 * A workbook config: the first template with workbook-scoped names, further ones with sheet-scoped names, plus
 * any extra sheets.
 */
function templateWorkbook(templates, extraSheets) {
  var sheets = [];
  var workbookNames = [];
  templates.forEach(function (t, i) {
    var sheet = templateSheet(t);
    if (i === 0) {
      sheet.names.forEach(function (n) {
        workbookNames.push({ name: n.name, sheet: sheet.name, ref: n.ref });
      });
      sheets.push({ name: sheet.name, cells: sheet.cells, names: [] });
    } else {
      sheets.push(sheet);
    }
  });
  return { sheets: sheets.concat(extraSheets || []), workbookNames: workbookNames };
}

module.exports = { templateSheet: templateSheet, templateWorkbook: templateWorkbook };
