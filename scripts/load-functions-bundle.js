/* eslint-env node */
/**
 * Loads the shipped dist/functions.js the way the custom-functions runtime does: in a fresh JavaScript context
 * whose only global is `CustomFunctions` (associate, Error, ErrorCode). No DOM, no Office, no network, no
 * require. Returns the functions registered by id (`registered`, as Excel calls them) and as a cell shows their
 * result (`shown`: a 1x1 matrix as its value). Used by the tests of the built bundle and by the benchmarks.
 */
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** Stand-in for CustomFunctions.Error: keeps the code and message Excel would show. */
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * @param distDir folder holding functions.js
 * @param options.realm "isolated" (default): a new vm context whose only global is CustomFunctions, which proves the
 *   bundle needs nothing else. "current": this realm, with CustomFunctions passed in as the only free name the
 *   bundle is given; for timing, because every global lookup (Math, Number, ...) inside a vm context goes through
 *   an interceptor and costs tens of microseconds per call that no Excel runtime pays.
 */
function loadFunctionsBundle(distDir = path.resolve(__dirname, "..", "dist"), options = {}) {
  const source = fs.readFileSync(path.join(distDir, "functions.js"), "utf8");
  const registered = new Map();
  const CustomFunctions = {
    associate(id, fn) {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode,
  };
  let context;
  if (options.realm === "current") {
    new Function("CustomFunctions", source)(CustomFunctions);
  } else {
    context = vm.createContext({ CustomFunctions });
    vm.runInContext(source, context, { filename: "functions.js" });
  }
  // What a cell shows: Excel displays a 1x1 matrix result (the functions that read parameter addresses must declare
  // a matrix result: src/functions/cells.ts, oneCell) as its one value.
  const shown = new Map([...registered].map(([id, fn]) => [id, (...args) => {
    const result = fn(...args);
    return Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1 ? result[0][0] : result;
  }]));
  return { registered, shown, context, CustomFunctionsError, ErrorCode };
}

module.exports = { loadFunctionsBundle, CustomFunctionsError, ErrorCode };
