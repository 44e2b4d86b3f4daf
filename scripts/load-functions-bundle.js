/* eslint-env node */
/**
 * Loads the shipped dist/functions.js the way the custom-functions runtime does: in a fresh JavaScript context
 * whose only global is `CustomFunctions` (associate, Error, ErrorCode). No DOM, no Office, no network, no
 * require. Returns the functions registered by id. Used by the tests of the built bundle and by the benchmarks.
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

function loadFunctionsBundle(distDir = path.resolve(__dirname, "..", "dist")) {
  const source = fs.readFileSync(path.join(distDir, "functions.js"), "utf8");
  const registered = new Map();
  const context = vm.createContext({
    CustomFunctions: {
      associate(id, fn) {
        if (registered.has(id)) throw new Error(`${id} associated twice`);
        registered.set(id, fn);
      },
      Error: CustomFunctionsError,
      ErrorCode,
    },
  });
  vm.runInContext(source, context, { filename: "functions.js" });
  return { registered, context, CustomFunctionsError, ErrorCode };
}

module.exports = { loadFunctionsBundle, CustomFunctionsError, ErrorCode };
