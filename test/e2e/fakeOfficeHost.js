/* eslint-disable */
/**
 * An in-memory stand-in for the parts of office.js the task pane's readers use (Office.onReady, Excel.run, names,
 * worksheets, ranges, selection, worksheet events), for the browser test (served in place of the office.js CDN)
 * and for Jest (loaded into a global). Plain ES2017, no imports, so the same file runs in both.
 *
 * Strict where mistakes hide: a property read before `load` + `context.sync()` throws PropertyNotLoaded, as
 * office.js does; every sync is counted; a failure can be queued to test error paths.
 *
 * installFakeOffice(root, config) defines root.Office, root.Excel, root.OfficeExtension and returns the fake's state:
 *   config.host: "Excel" (default) or null (office.js without a host, as in a plain browser)
 *   config.sheets: [{ name, cells: { "E6": 5, ... }, names: [{ name, ref }] }]  sheet-scoped names
 *   config.workbookNames: [{ name, sheet, ref }]                                    workbook-scoped names
 *   config.eventsSupported: boolean (ExcelApi 1.9), default true
 *   config.displayLanguage: Office.context.displayLanguage, default "en-US"
 *   config.decimalSeparator: the locale's, default "."; "," makes ";" the argument separator of formulasLocal
 *   config.localFunctionNames: { INDEX: "INDEKS", ... }: the names a non-English display language registers. With
 *     it, a formula that calls a custom function by another name evaluates to #NAME? (office-js issue #891), and
 *     formulasLocal (get and set) is modelled: the locale's separators, custom-function names as written.
 *   config.namedResults: { SPBE_INDEX: 4.745, ... }: what a formula cell behind that defined name shows. The fake
 *     computes no Excel formula; this stands for Excel's calculation where a test needs a result (the self-test).
 *   config.diagnostics: Office.context.diagnostics ({ host, platform, version })
 * Custom functions: window.CustomFunctions.associate (which the shipped functions.js and taskpane.js call) registers them, and a
 * formula that is one call of SPBE.<name>(...) with ranges, text, numbers and TRUE/FALSE as arguments is computed
 * with the registered function when written; a matrix result spills into the cells below and to the right.
 */
(function (root) {
  function colNum(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
    return n;
  }
  function colLetters(n) {
    var s = "";
    for (var k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  }
  function parseRef(ref) {
    var m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
    if (!m) throw new Error("fake Excel: cannot parse reference " + ref);
    var c1 = colNum(m[1]), r1 = Number(m[2]);
    var c2 = m[3] ? colNum(m[3]) : c1, r2 = m[4] ? Number(m[4]) : r1;
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  /** "='My sheet'!$B$5:$B$60" -> { sheet: "My sheet", ref: "B5:B60" }. */
  function refOfFormula(text) {
    var m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(text);
    if (!m) throw new Error("fake Excel: cannot parse name reference " + text);
    return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], ref: m[3].replace(/\$/g, "") };
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }

  /** Applies `fn` to the stretches of a formula outside "string" and 'sheet' literals. */
  function outsideLiterals(formula, fn) {
    var out = "", code = "", i = 0;
    while (i < formula.length) {
      var q = formula.charAt(i);
      if (q !== '"' && q !== "'") { code += q; i++; continue; }
      var j = i + 1;
      for (; j < formula.length; j++) {
        if (formula.charAt(j) !== q) continue;
        if (formula.charAt(j + 1) === q) j++;
        else break;
      }
      out += fn(code) + formula.slice(i, j + 1);
      code = "";
      i = j + 1;
    }
    return out + fn(code);
  }

  function OfficeError(code, message, errorLocation) {
    var e = new Error(message);
    e.name = "RichApi.Error";
    e.code = code;
    e.debugInfo = { code: code, message: message, errorLocation: errorLocation };
    return e;
  }

  /**
   * Accepts any member chain (format.font.bold = true, dataValidation.clear(), charts.add(...)): template
   * formatting the pane does not read. The strict checks of the template writer live in test/fakes/fakeExcel.ts.
   */
  function absorber(log, path) {
    var fn = function () {};
    return new Proxy(fn, {
      get: function (_t, prop) {
        if (prop === "then" || typeof prop === "symbol") return undefined;
        return absorber(log, path + "." + String(prop));
      },
      set: function (_t, prop) {
        log.push(path + "." + String(prop));
        return true;
      },
      apply: function () {
        log.push(path + "()");
        return absorber(log, path + "()");
      },
    });
  }

  function installFakeOffice(root, config) {
    config = config || {};
    var state = {
      syncs: 0,
      runs: 0,
      sheets: [],
      workbookNames: [],
      selection: { sheet: null, ref: "A1" },
      handlers: [],
      failNextSync: null,
      // Milliseconds the next sync takes (a slow workbook), then back to immediate.
      slowNextSync: 0,
      writes: [],
      namesAdded: [],
      formatting: [],
      activeSheet: null,
      // Base64 .xlsx files opened with Excel.createWorkbook (ExcelApi 1.8), in order.
      createdWorkbooks: [],
    };
    function addSheet(def) {
      var sheet = { name: def.name, cells: {}, names: [] };
      var cells = def.cells || {};
      Object.keys(cells).forEach(function (a) {
        var r = parseRef(a);
        sheet.cells[r.top + "," + r.left] = { value: cells[a], formula: null };
      });
      (def.names || []).forEach(function (n) {
        sheet.names.push({ name: n.name, sheet: def.name, ref: n.ref });
      });
      state.sheets.push(sheet);
      return sheet;
    }
    (config.sheets || []).forEach(addSheet);
    var decimalComma = config.decimalSeparator === ",";
    var localNames = config.localFunctionNames || null;
    /** The value of a written formula: #NAME? for a custom function called by a name this display language does not register. */
    function evaluated(formula) {
      if (!localNames) return null;
      var registered = Object.keys(localNames).map(function (id) { return localNames[id].toUpperCase(); });
      var unknown = false;
      outsideLiterals(formula, function (code) {
        code.replace(/SPBE\.([A-Z0-9_]+)\s*\(/gi, function (_w, name) {
          if (registered.indexOf(name.toUpperCase()) < 0) unknown = true;
          return _w;
        });
        return code;
      });
      return unknown ? "#NAME?" : null;
    }
    function toLocal(formula) {
      if (!decimalComma) return formula;
      return outsideLiterals(formula, function (code) {
        return code.replace(/(\d)\.(\d)/g, "$1\u0000$2").replace(/,/g, ";").replace(/\u0000/g, ",");
      });
    }
    var customFunctions = {};
    state.customFunctions = customFunctions;
    function CustomFunctionError(code, message) {
      var e = new Error(message);
      e.code = code;
      return e;
    }
    root.CustomFunctions = {
      associate: function (id, fn) { customFunctions[id.toUpperCase()] = fn; },
      Error: CustomFunctionError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };
    /** The function a name calls in this display language (the English id, or the registered local name). */
    function customFunctionOf(name) {
      var upper = name.toUpperCase();
      if (localNames) {
        var ids = Object.keys(localNames).filter(function (id) { return localNames[id].toUpperCase() === upper; });
        return ids.length ? customFunctions[ids[0]] : null;
      }
      return customFunctions[upper] || null;
    }
    /** Splits "a,b,(c,d)" at the top-level commas, outside quotes. */
    function splitArgs(text) {
      var parts = [], depth = 0, current = "", quote = null;
      for (var i = 0; i < text.length; i++) {
        var ch = text.charAt(i);
        if (quote) { current += ch; if (ch === quote) quote = null; continue; }
        if (ch === '"' || ch === "'") { quote = ch; current += ch; continue; }
        if (ch === "(") depth++;
        if (ch === ")") depth--;
        if (ch === "," && depth === 0) { parts.push(current); current = ""; continue; }
        current += ch;
      }
      parts.push(current);
      return parts.map(function (p) { return p.trim(); });
    }
    function argValue(text, sheetName) {
      if (text === "") return null;
      if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
      if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
      if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
      var m = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(text);
      if (!m) return undefined;
      var sheet = sheetByName(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] || sheetName);
      var area = parseRef(m[3].replace(/\$/g, ""));
      var rows = [];
      for (var r = area.top; r <= area.bottom; r++) {
        var row = [];
        for (var c = area.left; c <= area.right; c++) {
          var cell = sheet && sheet.cells[r + "," + c];
          row.push(cell && cell.value !== undefined && cell.value !== null ? cell.value : "");
        }
        rows.push(row);
      }
      return { values: rows, address: (sheet ? quoteSheet(sheet.name) : "") + "!" + m[3] };
    }
    /** The result of a formula that is one custom-function call, or undefined for any other formula. */
    function computeCustom(formula, sheetName) {
      var m = /^=(?:_xludf\.)?SPBE\.([A-Za-z0-9_]+)\((.*)\)$/i.exec(formula);
      // Nothing registered (a test of the pane alone): the fake computes nothing, as before functions were loaded.
      if (!m || Object.keys(customFunctions).length === 0) return undefined;
      var fn = customFunctionOf(m[1]);
      if (!fn) return "#NAME?";
      var args = [], addresses = [];
      var parts = m[2].trim() === "" ? [] : splitArgs(m[2]);
      for (var i = 0; i < parts.length; i++) {
        var v = argValue(parts[i], sheetName);
        if (v === undefined) return undefined;
        if (v && typeof v === "object" && v.values) { args.push(v.values); addresses.push(v.address); }
        else { args.push(v); addresses.push(""); }
      }
      while (args.length < fn.length - 1) { args.push(null); addresses.push(""); }
      args.push({ parameterAddresses: addresses });
      try {
        return fn.apply(null, args);
      } catch (e) {
        return e && e.code ? e.code : "#VALUE!";
      }
    }
    /** A matrix result written below and to the right of its cell, as Excel spills it. */
    function spillFrom(sheet, row, col, matrix) {
      sheet.cells[row + "," + col].spillSize = { rows: matrix.length, cols: matrix[0].length };
      for (var i = 0; i < matrix.length; i++) {
        for (var j = 0; j < matrix[i].length; j++) {
          if (i === 0 && j === 0) continue;
          sheet.cells[row + i + "," + (col + j)] = { value: matrix[i][j], formula: null };
        }
      }
    }
    /** config.namedResults' value for the cell (row, col) of `sheetName` when a name of that list points at it. */
    function namedResultAt(sheetName, row, col) {
      var results = config.namedResults;
      if (!results) return undefined;
      var lists = [state.workbookNames].concat(state.sheets.map(function (x) { return x.names; }));
      for (var l = 0; l < lists.length; l++) {
        for (var k = 0; k < lists[l].length; k++) {
          var n = lists[l][k];
          if (!(n.name in results) || n.sheet !== sheetName) continue;
          var a = parseRef(n.ref.replace(/\$/g, ""));
          if (a.top === row && a.left === col) return results[n.name];
        }
      }
      return undefined;
    }
    function fromLocal(formula) {
      if (!decimalComma) return formula;
      return outsideLiterals(formula, function (code) {
        return code.replace(/(\d),(\d)/g, "$1\u0000$2").replace(/;/g, ",").replace(/\u0000/g, ".");
      });
    }
    if (config.selection) state.selection = config.selection;
    (config.workbookNames || []).forEach(function (n) {
      state.workbookNames.push({ name: n.name, sheet: n.sheet, ref: n.ref });
    });
    if (state.sheets.length === 0) addSheet({ name: "Sheet1" });
    state.selection.sheet = state.sheets[0].name;
    function sheetByName(name) {
      for (var i = 0; i < state.sheets.length; i++) if (state.sheets[i].name === name) return state.sheets[i];
      return null;
    }
    function fire(type, sheetName, address) {
      state.handlers.slice().forEach(function (h) {
        if (h.type === type) {
          setTimeout(function () {
            h.fn({ type: type, worksheetId: sheetName, address: address, source: "Local" });
          }, 0);
        }
      });
    }
    state.setCell = function (sheetName, address, value) {
      var sheet = sheetByName(sheetName);
      var r = parseRef(address);
      sheet.cells[r.top + "," + r.left] = { value: value, formula: null };
      fire("WorksheetChanged", sheetName, address);
    };
    state.getCell = function (sheetName, address) {
      var sheet = sheetByName(sheetName);
      var r = parseRef(address);
      var c = sheet && sheet.cells[r.top + "," + r.left];
      return c ? (c.formula !== null ? c.formula : c.value) : undefined;
    };
    /** What the cell shows: a formula's value (0, its text, or #NAME?), never its formula. */
    state.getValue = function (sheetName, address) {
      var sheet = sheetByName(sheetName);
      var r = parseRef(address);
      var c = sheet && sheet.cells[r.top + "," + r.left];
      return c ? c.value : undefined;
    };

    function Context() {
      this.pending = [];
      this.workbook = new Workbook(this);
      this.application = absorber(state.formatting, "application");
    }
    Context.prototype.sync = function () {
      var ctx = this;
      state.syncs++;
      var delay = state.slowNextSync;
      state.slowNextSync = 0;
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          if (state.failNextSync) {
            var f = state.failNextSync;
            state.failNextSync = null;
            ctx.pending = [];
            reject(OfficeError(f.code, f.message, f.errorLocation));
            return;
          }
          var work = ctx.pending;
          ctx.pending = [];
          try {
            work.forEach(function (fn) {
              fn();
            });
          } catch (e) {
            reject(e);
            return;
          }
          resolve();
        }, delay);
      });
    };

    // Loadable: properties are readable only after load + sync.
    function loadable(obj, ctx, typeName, fill) {
      obj._loaded = {};
      obj.load = function (props) {
        var list = typeof props === "string" ? props.split(",") : props || [];
        ctx.pending.push(function () {
          list.forEach(function (p) {
            obj._loaded[p.trim()] = true;
          });
          fill(list.map(function (p) {
            return p.trim();
          }));
        });
        return obj;
      };
      obj._get = function (prop, value) {
        if (!obj._loaded[prop]) {
          throw OfficeError("PropertyNotLoaded", "The property '" + prop + "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.", typeName + "." + prop);
        }
        return value;
      };
    }

    function Range(ctx, sheetName, ref, isNull) {
      var self = this;
      this.isNullObject = !!isNull;
      var area = isNull ? null : parseRef(ref);
      var snapshot = {};
      loadable(this, ctx, "Range", function (props) {
        if (isNull) return;
        var sheet = sheetByName(sheetName);
        if (!sheet) throw OfficeError("ItemNotFound", "The requested resource doesn't exist.", "Range");
        var values = [], formulas = [];
        for (var r = area.top; r <= area.bottom; r++) {
          var row = [], frow = [];
          for (var c = area.left; c <= area.right; c++) {
            var cell = sheet.cells[r + "," + c];
            var named = cell && cell.formula !== null ? namedResultAt(sheetName, r, c) : undefined;
            row.push(named !== undefined ? named : cell ? (cell.value === undefined || cell.value === null ? "" : cell.value) : "");
            frow.push(cell ? (cell.formula !== null ? cell.formula : cell.value === null ? "" : cell.value) : "");
          }
          values.push(row);
          formulas.push(frow);
        }
        snapshot.values = values;
        snapshot.formulas = formulas;
        snapshot.formulasLocal = formulas.map(function (row) {
          return row.map(function (f) { return typeof f === "string" && f.charAt(0) === "=" ? toLocal(f) : f; });
        });
        var a = colLetters(area.left) + area.top + (area.bottom !== area.top || area.right !== area.left ? ":" + colLetters(area.right) + area.bottom : "");
        snapshot.address = quoteSheet(sheetName) + "!" + a;
      });
      Object.defineProperty(self, "address", {
        get: function () {
          if (isNull) throw OfficeError("InvalidObjectPath", "The object is a null object.", "Range.address");
          return self._get("address", snapshot.address);
        },
      });
      Object.defineProperty(self, "values", {
        get: function () {
          if (isNull) throw OfficeError("InvalidObjectPath", "The object is a null object.", "Range.values");
          return self._get("values", snapshot.values);
        },
        set: function (rows) {
          writeBlock(rows, "Range.values", function (v) {
            return { value: v, formula: null };
          });
        },
      });
      function writeBlock(rows, location, cellOf) {
        if (!Array.isArray(rows) || !Array.isArray(rows[0])) throw new Error("fake Excel: " + location + " must be a 2-D array");
        var height = area.bottom - area.top + 1, width = area.right - area.left + 1;
        if (rows.length !== height || rows.some(function (r) { return r.length !== width; })) {
          throw OfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", location);
        }
        ctx.pending.push(function () {
          var sheet = sheetByName(sheetName);
          for (var i = 0; i < rows.length; i++) {
            for (var j = 0; j < rows[i].length; j++) {
              var written = cellOf(rows[i][j]);
              sheet.cells[area.top + i + "," + (area.left + j)] = written;
              if (written.spill) spillFrom(sheet, area.top + i, area.left + j, written.spill);
              state.writes.push({ sheet: sheetName, address: colLetters(area.left + j) + (area.top + i), what: location, value: rows[i][j] });
            }
          }
          fire("WorksheetChanged", sheetName, ref);
        });
      }
      function formulaCell(f) {
        var isFormula = typeof f === "string" && f.charAt(0) === "=";
        // A text constant (="59/2020") evaluates to its text; a custom-function call to its result; any other
        // formula to 0 (Excel's own functions are not computed here).
        var text = isFormula ? /^="([^"]*)"$/.exec(f) : null;
        var error = isFormula ? evaluated(f) : null;
        var custom = isFormula && !error ? computeCustom(f, sheetName) : undefined;
        if (Array.isArray(custom)) return { value: custom[0][0], formula: f, spill: custom.length > 1 || custom[0].length > 1 ? custom : null };
        if (custom !== undefined) return { value: custom, formula: f };
        return { value: error || (text ? text[1] : isFormula ? 0 : f), formula: isFormula ? f : null };
      }
      Object.defineProperty(self, "formulas", {
        get: function () {
          return self._get("formulas", snapshot.formulas);
        },
        set: function (rows) {
          writeBlock(rows, "Range.formulas", formulaCell);
        },
      });
      Object.defineProperty(self, "formulasLocal", {
        get: function () {
          return self._get("formulasLocal", snapshot.formulasLocal);
        },
        set: function (rows) {
          writeBlock(rows, "Range.formulasLocal", function (f) {
            return formulaCell(typeof f === "string" && f.charAt(0) === "=" ? fromLocal(f) : f);
          });
        },
      });
      this.getCell = function (r, c) {
        return new Range(ctx, sheetName, colLetters(area.left + c) + (area.top + r), false);
      };
      // Position and size (0-based indexes, as Excel gives them), readable after load like the rest.
      [
        ["rowIndex", function () { return area.top - 1; }],
        ["columnIndex", function () { return area.left - 1; }],
        ["rowCount", function () { return area.bottom - area.top + 1; }],
        ["columnCount", function () { return area.right - area.left + 1; }],
      ].forEach(function (p) {
        Object.defineProperty(self, p[0], {
          get: function () {
            if (isNull) throw OfficeError("InvalidObjectPath", "The object is a null object.", "Range." + p[0]);
            return self._get(p[0], p[1]());
          },
        });
      });
      this._ref = { sheet: sheetName, ref: ref };
      Object.defineProperty(self, "numberFormat", {
        set: function () {
          state.formatting.push(sheetName + "!" + ref + ".numberFormat");
        },
      });
      var areaKey = isNull ? "" : area.top + "," + area.left + ":" + area.bottom + "," + area.right;
      Object.defineProperty(self, "dataValidation", {
        get: function () {
          var dv = {};
          loadable(dv, ctx, "DataValidation", function () {});
          var validations = function () {
            var sheet = sheetByName(sheetName);
            sheet.validations = sheet.validations || {};
            return sheet.validations;
          };
          dv.clear = function () {
            ctx.pending.push(function () { delete validations()[areaKey]; });
          };
          ["ignoreBlanks", "prompt", "errorAlert"].forEach(function (p) {
            Object.defineProperty(dv, p, { set: function () { state.formatting.push(sheetName + "!" + ref + ".dataValidation." + p); } });
          });
          Object.defineProperty(dv, "rule", {
            set: function (rule) {
              ctx.pending.push(function () { validations()[areaKey] = rule; });
            },
          });
          Object.defineProperty(dv, "type", {
            get: function () {
              // The rule of a validated area holding this one (Excel reports a sub-range's rule the same way).
              var all = validations();
              var rule = null;
              Object.keys(all).forEach(function (key) {
                var p = key.split(/[,:]/).map(Number);
                if (p[0] <= area.top && p[1] <= area.left && p[2] >= area.bottom && p[3] >= area.right) rule = all[key];
              });
              var type = !rule ? "None" : rule.decimal ? "Decimal" : rule.wholeNumber ? "WholeNumber" : rule.list ? "List" : "Custom";
              return dv._get("type", type);
            },
          });
          return dv;
        },
      });
      // ExcelApi 1.12: the range a formula in this (top-left) cell spills into, or a null object.
      this.getSpillingToRangeOrNullObject = function () {
        var spilled = {};
        var found = { isNull: true, values: null };
        loadable(spilled, ctx, "Range", function () {
          var sheet = sheetByName(sheetName);
          var cell = sheet && sheet.cells[area.top + "," + area.left];
          if (!cell || !cell.spillSize) return;
          var rows = [];
          for (var i = 0; i < cell.spillSize.rows; i++) {
            var row = [];
            for (var j = 0; j < cell.spillSize.cols; j++) {
              var c = sheet.cells[area.top + i + "," + (area.left + j)];
              row.push(c ? c.value : "");
            }
            rows.push(row);
          }
          found = { isNull: false, values: rows };
        });
        Object.defineProperty(spilled, "isNullObject", { get: function () { return found.isNull; } });
        Object.defineProperty(spilled, "values", {
          get: function () {
            if (found.isNull) throw OfficeError("InvalidObjectPath", "The object is a null object.", "Range.values");
            return spilled._get("values", found.values);
          },
        });
        return spilled;
      };
      ["format", "conditionalFormats"].forEach(function (p) {
        Object.defineProperty(self, p, {
          get: function () {
            return absorber(state.formatting, sheetName + "!" + ref + "." + p);
          },
        });
      });
      Object.defineProperty(self, "columnHidden", {
        set: function () {
          state.formatting.push(sheetName + "!" + ref + ".columnHidden");
        },
      });
      this.merge = function () {
        state.formatting.push(sheetName + "!" + ref + ".merge()");
      };
      this.getEntireColumn = function () {
        return absorber(state.formatting, sheetName + "!" + ref + ".getEntireColumn()");
      };
      this.getEntireRow = function () {
        return absorber(state.formatting, sheetName + "!" + ref + ".getEntireRow()");
      };
    }

    function NamedItem(ctx, def, owner) {
      this.name = def.name;
      this.type = "Range";
      this.isNullObject = false;
      this.delete = function () {
        ctx.pending.push(function () {
          var list = owner ? owner() : [];
          var i = list.indexOf(def);
          if (i >= 0) list.splice(i, 1);
        });
      };
      this.getRangeOrNullObject = function () {
        return new Range(ctx, def.sheet, def.ref, !sheetByName(def.sheet));
      };
      this.getRange = function () {
        return new Range(ctx, def.sheet, def.ref, false);
      };
    }

    function NamedItemCollection(ctx, source) {
      var self = this;
      var items;
      loadable(this, ctx, "NamedItemCollection", function () {
        items = source().map(function (d) {
          return new NamedItem(ctx, d, source);
        });
      });
      Object.defineProperty(self, "items", {
        get: function () {
          if (!items) throw OfficeError("PropertyNotLoaded", "The property 'items' is not available.", "NamedItemCollection.items");
          return items;
        },
      });
      this.getItem = function (name) {
        var def = source().filter(function (d) { return d.name.toUpperCase() === name.toUpperCase(); })[0];
        if (!def) {
          // Excel reports a missing item when the batch runs.
          ctx.pending.push(function () {
            throw OfficeError("ItemNotFound", "The requested resource doesn't exist.", "NamedItemCollection.getItem");
          });
          def = { name: name, sheet: "", ref: "A1" };
        }
        return new NamedItem(ctx, def);
      };
      this.getItemOrNullObject = function (name) {
        var def = source().filter(function (d) { return d.name.toUpperCase() === name.toUpperCase(); })[0];
        var item = new NamedItem(ctx, def || { name: name, sheet: "", ref: "A1" }, source);
        item.isNullObject = !def;
        return item;
      };
      // `range` is a Range, or a reference formula such as "='My sheet'!$B$5:$B$60".
      this.add = function (name, range) {
        var target = typeof range === "string" ? refOfFormula(range) : range._ref;
        ctx.pending.push(function () {
          var list = source();
          if (list.some(function (d) { return d.name.toUpperCase() === name.toUpperCase(); })) {
            throw OfficeError("ItemAlreadyExists", "A name " + name + " already exists.", "NamedItemCollection.add");
          }
          list.push({ name: name, sheet: target.sheet, ref: target.ref });
          state.namesAdded.push(name);
        });
      };
    }

    function Worksheet(ctx, def) {
      this.name = def.name;
      this.names = new NamedItemCollection(ctx, function () {
        return def.names;
      });
      this.getRange = function (ref) {
        return new Range(ctx, def.name, ref, false);
      };
      // The smallest range holding every non-empty cell (values only, as valuesOnly = true asks), or a null object.
      this.getUsedRangeOrNullObject = function () {
        var top = Infinity, left = Infinity, bottom = 0, right = 0;
        Object.keys(def.cells).forEach(function (key) {
          var cell = def.cells[key];
          if (!cell || cell.value === null || cell.value === undefined || cell.value === "") return;
          var rc = key.split(",").map(Number);
          top = Math.min(top, rc[0]); bottom = Math.max(bottom, rc[0]);
          left = Math.min(left, rc[1]); right = Math.max(right, rc[1]);
        });
        if (bottom === 0) return new Range(ctx, def.name, "A1", true);
        return new Range(ctx, def.name, colLetters(left) + top + ":" + colLetters(right) + bottom, false);
      };
      this.getRangeByIndexes = function (row, col, rows, cols) {
        var ref = colLetters(col + 1) + (row + 1) + ":" + colLetters(col + cols) + (row + rows);
        return new Range(ctx, def.name, ref, false);
      };
      this.activate = function () {
        ctx.pending.push(function () {
          state.activeSheet = def.name;
        });
      };
      var self = this;
      ["freezePanes", "pageLayout"].forEach(function (p) {
        Object.defineProperty(self, p, {
          get: function () {
            return absorber(state.formatting, def.name + "." + p);
          },
        });
      });
      var protection = {};
      loadable(protection, ctx, "WorksheetProtection", function () {});
      protection.protect = function () {
        ctx.pending.push(function () { def.protected = true; });
      };
      Object.defineProperty(protection, "protected", { get: function () { return protection._get("protected", !!def.protected); } });
      this.protection = protection;
      this.charts = {
        add: function () {
          ctx.pending.push(function () { def.charts = (def.charts || 0) + 1; });
          return absorber(state.formatting, def.name + ".chart");
        },
        getCount: function () {
          var result = {};
          ctx.pending.push(function () { result.value = def.charts || 0; });
          return result;
        },
      };
      this.delete = function () {
        ctx.pending.push(function () {
          var at = state.sheets.indexOf(sheetByName(def.name));
          if (at < 0) throw OfficeError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet.delete");
          state.sheets.splice(at, 1);
          fire("WorksheetDeleted", def.name, "");
        });
      };
    }

    function eventSource(ctx, type) {
      return {
        add: function (fn) {
          var entry = { type: type, fn: fn };
          ctx.pending.push(function () {
            state.handlers.push(entry);
          });
          return {
            context: ctx,
            remove: function () {
              ctx.pending.push(function () {
                state.handlers = state.handlers.filter(function (h) {
                  return h !== entry;
                });
              });
            },
          };
        },
      };
    }

    function WorksheetCollection(ctx) {
      var self = this;
      var items;
      loadable(this, ctx, "WorksheetCollection", function () {
        items = state.sheets.map(function (s) {
          return new Worksheet(ctx, s);
        });
      });
      Object.defineProperty(self, "items", {
        get: function () {
          if (!items) throw OfficeError("PropertyNotLoaded", "The property 'items' is not available.", "WorksheetCollection.items");
          return items;
        },
      });
      this.getItem = function (name) {
        var s = sheetByName(name);
        if (!s) throw OfficeError("ItemNotFound", "The requested resource doesn't exist.", "WorksheetCollection.getItem");
        return new Worksheet(ctx, s);
      };
      this.add = function (name) {
        var def = { name: name, cells: {}, names: [] };
        ctx.pending.push(function () {
          if (state.sheets.some(function (s) { return s.name.toUpperCase() === name.toUpperCase(); })) {
            throw OfficeError("ItemAlreadyExists", "A sheet named " + name + " already exists.", "WorksheetCollection.add");
          }
          state.sheets.push(def);
          fire("WorksheetAdded", name, "");
        });
        return new Worksheet(ctx, def);
      };
      this.onChanged = eventSource(ctx, "WorksheetChanged");
      this.onAdded = eventSource(ctx, "WorksheetAdded");
      this.onDeleted = eventSource(ctx, "WorksheetDeleted");
    }

    function Workbook(ctx) {
      this.names = new NamedItemCollection(ctx, function () {
        return state.workbookNames;
      });
      this.worksheets = new WorksheetCollection(ctx);
      this.getSelectedRange = function () {
        return new Range(ctx, state.selection.sheet, state.selection.ref, false);
      };
      // ExcelApi 1.11: the separators, as the system (cultureInfo) and Excel (application) give them.
      var app = {};
      loadable(app, ctx, "Application", function () {});
      app.decimalSeparator = config.decimalSeparator || ".";
      Object.defineProperty(app, "useSystemSeparators", { get: function () { return app._get("useSystemSeparators", true); } });
      var numberFormat = {};
      loadable(numberFormat, ctx, "NumberFormatInfo", function () {});
      Object.defineProperty(numberFormat, "numberDecimalSeparator", {
        get: function () { return numberFormat._get("numberDecimalSeparator", config.decimalSeparator || "."); },
      });
      app.cultureInfo = { numberFormat: numberFormat };
      app.calculate = function () {};
      this.application = app;
    }

    var Excel = {
      run: function (a, b) {
        state.runs++;
        var fn = typeof a === "function" ? a : b;
        var ctx = typeof a === "function" ? new Context() : a;
        return Promise.resolve().then(function () {
          return fn(ctx);
        });
      },
      RequestContext: Context,
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
      createWorkbook: function (base64) {
        return new Promise(function (resolve) {
          setTimeout(function () {
            state.createdWorkbooks.push(base64);
            resolve();
          }, 0);
        });
      },
    };
    var hostInfo = config.host === null ? { host: null, platform: null } : { host: "Excel", platform: "OfficeOnline" };
    var Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: function (cb) {
        var p = new Promise(function (resolve) {
          setTimeout(function () {
            resolve(hostInfo);
          }, 0);
        });
        if (cb) p.then(cb);
        return p;
      },
      context: {
        displayLanguage: config.displayLanguage || "en-US",
        diagnostics: config.diagnostics || { host: "Excel", platform: "OfficeOnline", version: "16.0 (fake)" },
        requirements: {
          isSetSupported: function (name, version) {
            // The custom-functions sets of a current Excel: the self-test reports them.
            if (name === "SharedRuntime") return Number(version) <= 1.1;
            if (name === "CustomFunctionsRuntime") return Number(String(version).split(".")[1] || 0) <= 3;
            if (name !== "ExcelApi") return false;
            // "1.9" < "1.12": compare the minor numbers, not the decimals.
            var minor = Number(String(version).split(".")[1] || 0);
            return config.eventsSupported === false ? minor < 9 : minor <= 12;
          },
        },
      },
    };
    root.Office = Office;
    root.Excel = Excel;
    root.OfficeExtension = { Error: OfficeError };
    root.__fakeExcel = state;
    return state;
  }

  root.installFakeOffice = installFakeOffice;
  if (typeof module !== "undefined" && module.exports) module.exports = { installFakeOffice: installFakeOffice };
})(typeof globalThis !== "undefined" ? globalThis : this);
