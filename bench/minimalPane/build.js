/* eslint-env node */
/**
 * Builds the minimal pane (index.tsx) into `outDir` with the real pane's build: the same webpack, loaders, syntax
 * target and production mode (webpack.config.js's webRules), so the two differ only in what they hold.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { webRules } = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");

function build(outDir) {
  const config = {
    mode: "production",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: { taskpane: path.join(__dirname, "index.tsx") },
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: webRules() },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "taskpane.html", template: path.join(__dirname, "index.html") })],
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(outDir);
    });
  });
}

module.exports = { build };
