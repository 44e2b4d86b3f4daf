/* eslint-env node */
/**
 * Two builds:
 * - web (dist/): functions.js + functions.json (+ functions-id.json, Indonesian) for the custom functions,
 *   taskpane.js + taskpane.html for the task pane, whose script also registers the functions (shared runtime), and
 *   the manifest and icons.
 * - cli (dist/cli/spbe.js): the `spbe` command for Node, with its npm dependencies left external.
 * `--env only=cli` or `--env only=web` builds one of them. `--env baseUrl=https://...` (or SPBE_BASE_URL) writes the
 * manifest of a deployment served from that address instead of the development one (scripts/production-manifest.js).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localized-metadata-plugin");
const { productionManifest } = require("./scripts/production-manifest");

const DEV_PORT = require("./package.json").config.dev_server_port;
/**
 * The newest JavaScript syntax the web build ships. The manifest admits Excel on the web (current browsers), Windows
 * Microsoft 365 from Version 2008 (Edge WebView2: Chromium, kept current) and Mac from 16.40 (WKWebView, the Safari
 * of the Mac). The oldest of these is Safari 14.1 (macOS 10.14.6 and later; Fluent UI needs its WeakRef), which reads
 * ES2020 syntax whole but not class static blocks (ES2022). TypeScript emits ES2020 (tsconfig target); the
 * dependencies (React, Fluent UI, ExcelJS) ship newer syntax and esbuild lowers it. test/built/syntax.test.ts checks
 * every shipped file with es-check, and lists the newer built-ins let through, with their reasons.
 */
const WEB_SYNTAX = "es2020";

/** Files whose JSDoc declares custom functions; the metadata plugin appends their CustomFunctions.associate calls. */
const FUNCTION_FILES = ["./src/functions/functions.ts", "./src/functions/planFunctions.ts"];

function tsRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      // ES modules let webpack drop unused code; tests and tsc use the CommonJS setting of tsconfig.json.
      options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
    },
  };
}

/**
 * The pane's makeStyles calls, compiled to CSS class maps at build time (Griffel's ahead-of-time transform, as
 * Fluent UI ships its own components), so the page carries no CSS-in-JS compiler. Runs on ts-loader's output.
 */
function griffelAheadOfTime() {
  return { loader: "@griffel/webpack-loader", options: { modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles" }] } };
}

/** TypeScript (its styles compiled ahead of time) and the dependencies' JavaScript, both down to WEB_SYNTAX. */
function webRules() {
  const ts = tsRule();
  return [
    { ...ts, use: [griffelAheadOfTime(), ts.use] },
    { test: /\.[cm]?js$/, include: /node_modules/, loader: "esbuild-loader", options: { loader: "js", target: WEB_SYNTAX } },
  ];
}

/** The origin of every URL in manifest.xml (the development manifest). */
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;

async function webConfig(mode, baseUrl) {
  const dev = mode === "development";
  let httpsOptions;
  if (dev && process.env.SPBE_SKIP_CERTS !== "1") {
    const { ca, cert, key } = await require("./scripts/dev-certs").devHttpsOptions();
    httpsOptions = { ca, cert, key };
  }
  return {
    name: "web",
    mode,
    devtool: dev ? "source-map" : false,
    target: "web",
    entry: {
      functions: "./src/functions/functions.ts",
      // The task pane page is the shared runtime: it registers the custom functions itself, from one script that
      // holds the core once, instead of also loading functions.js (which would carry a second copy of the core).
      // functions.js stays the manifest's <Script>, self-contained.
      taskpane: ["./src/functions/functions.ts", "./src/taskpane/index.tsx"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: webRules() },
    // Each entry is self-contained: functions.js must evaluate on its own in the custom-functions runtime.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions-id.json",
        translations: path.resolve(__dirname, "src/functions/functions.id.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // With a base URL (a deployment), the manifest's URLs point there: scripts/production-manifest.js.
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(baseUrl ? { transform: (content) => productionManifest(content.toString("utf8"), baseUrl, DEV_ORIGIN) } : {}),
          },
          { from: "assets/help.html", to: "help.html" },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : "http",
      port: DEV_PORT,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
}

function cliConfig(mode) {
  return {
    name: "cli",
    mode,
    devtool: false,
    target: "node",
    entry: { spbe: "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    // createRequire stays a Node call: drawCharts.ts finds excelize-wasm's WebAssembly file in node_modules at run time.
    module: { rules: [tsRule()], parser: { javascript: { createRequire: false } } },
    // npm packages (ExcelJS) stay in node_modules: the CLI runs where it was installed.
    externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request) ? callback(null, `commonjs ${request}`) : callback())],
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const configs = [];
  // The public https address dist/ is served from, for a deployment's manifest (README, "Deployment").
  const baseUrl = env.baseUrl || process.env.SPBE_BASE_URL || undefined;
  if (env.only !== "cli") configs.push(await webConfig(mode, baseUrl));
  if (env.only !== "web") configs.push(cliConfig(mode));
  return configs;
};

/** Listed for the metadata test, which checks these files generate without errors. */
module.exports.FUNCTION_FILES = FUNCTION_FILES;
/** Checked by test/built/syntax.test.ts. */
module.exports.WEB_SYNTAX = WEB_SYNTAX;
/** The web build's rules, for the benchmark's minimal pane (bench/minimalPane/build.js), built the same way. */
module.exports.webRules = webRules;
