/**
 * One Jest run for every test. Tests under test/built/ exercise the shipped artifacts in dist/, so `npm test`
 * builds first. Type checking is done once by `tsc --noEmit` (isolatedModules lets ts-jest only transpile).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", {}] },
  moduleNameMapper: {
    // office-addin-mock reaches an ESM-only package through office-addin-manifest; the CommonJS entry avoids it.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 120000,
};
