/**
 * The JSDoc contract of the custom functions: the generator reports problems but exits 0, so the test asks it
 * directly; the Indonesian metadata must cover exactly the same functions and parameters.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUNCTION_FILES } = require("../../webpack.config.js") as { FUNCTION_FILES: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localized-metadata-plugin.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const translations = require("../../src/functions/functions.id.json") as Record<string, { name: string; parameters: Record<string, string> }>;

const root = path.resolve(__dirname, "../..");

describe("custom functions metadata", () => {
  let metadata: {
    functions: { id: string; name: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[]; options?: Record<string, unknown>; result?: { dimensionality?: string } }[];
  };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTION_FILES.map((f) => path.join(root, f)), true);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  });

  it("declares every function with an upper-case id equal to its name", () => {
    for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
    expect(metadata.functions.map((f) => f.id)).toEqual(expect.arrayContaining(["INDEX", "CATEGORY", "DOMAIN", "ASPECT", "SCORES", "WEIGHT", "INDICATOR", "LEVELNAME", "PROGRESS", "MISSING", "THRESHOLD"]));
  });

  it("takes levels as a matrix so text and blanks reach validation instead of a silent #VALUE!", () => {
    for (const fn of metadata.functions) {
      const levels = fn.parameters.find((p) => p.name === "levels");
      if (levels) expect([fn.id, levels.dimensionality]).toEqual([fn.id, "matrix"]);
    }
  });

  it("asks Excel for parameter addresses wherever a levels range is read", () => {
    for (const fn of metadata.functions.filter((f) => f.parameters.some((p) => p.name === "levels"))) {
      expect([fn.id, fn.options?.requiresParameterAddresses]).toEqual([fn.id, true]);
    }
  });

  // The metadata reference (custom-functions-json.md, "options"): requiresParameterAddresses "must be used in
  // combination with the dimensionality property of the result object, and dimensionality must be set to matrix".
  it("declares a matrix result wherever it asks for parameter addresses, as the metadata reference requires", () => {
    const asking = metadata.functions.filter((f) => f.options?.requiresParameterAddresses);
    expect(asking.length).toBeGreaterThan(0);
    for (const fn of asking) expect([fn.id, fn.result?.dimensionality]).toEqual([fn.id, "matrix"]);
  });

  it("has an Indonesian translation for exactly these functions and parameters", () => {
    expect(Object.keys(translations).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    for (const fn of metadata.functions) {
      expect([fn.id, Object.keys(translations[fn.id].parameters).sort()]).toEqual([fn.id, fn.parameters.map((p) => p.name).sort()]);
    }
  });

  it("reports a missing translation instead of falling back to English", () => {
    const { errors } = localizeMetadata({ functions: [{ id: "NEW", name: "NEW", description: "d", parameters: [{ name: "x", description: "x" }] }] }, {});
    expect(errors).toEqual(["No Indonesian translation for function NEW"]);
  });
});
