// The product's webpack configuration with one entry (importer-entry.ts) and no add-in plugins, so
// that browser tests exercise engine code exactly as the task pane bundle would carry it.
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const productConfig = require("../../../webpack.config.js");

module.exports = async (env, argv) => {
  const config = await productConfig(env, argv);
  return {
    ...config,
    context: path.resolve(__dirname, "../../.."),
    entry: { probe: path.resolve(__dirname, "importer-entry.ts") },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", title: "probe", chunks: ["probe"] })],
  };
};
