// One page, taskpane.html, carries both bundles: the task pane and the custom functions share one
// runtime (manifest.xml: <Runtime lifetime="long">), so they can share state and the check engine.
// TypeScript goes through swc-loader without type checking; `tsc --noEmit` (npm test) checks types.
"use strict";
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const LocalizedFunctionsMetadataPlugin = require("./scripts/webpack/LocalizedFunctionsMetadataPlugin");
const { devServerOptions, DEV_PORT } = require("./scripts/webpack/devServerOptions");

/** Every address in manifest.xml starts with this; a production build can swap it (XXGK_PUBLIC_URL). */
const DEV_URL = "https://localhost:3000/";

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const PDFJS_DIR = path.dirname(require.resolve("pdfjs-dist/package.json"));

function publicUrl() {
  const url = process.env.XXGK_PUBLIC_URL;
  if (!url) return undefined;
  if (!/^https:\/\//i.test(url)) {
    require("tsx/cjs/api").register();
    const { BUILD_MESSAGES } = require("./src/messages/shell.ts");
    const { render } = require("./src/messages/format.ts");
    const message = BUILD_MESSAGES.publicUrlNotHttps;
    throw new Error(`${render(message, { url }, "zh")}\n${render(message, { url }, "en")}`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const productionUrl = publicUrl();

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                // Excel's shared runtime runs in WebView2 (Edge, Chromium) or Safari's WebKit on Mac.
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions.zh-cn.json",
        locale: "zh-cn",
        localizer: "./src/functions/localization.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first: Excel may call a function before the pane has drawn.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev || !productionUrl ? content : content.toString().split(DEV_URL).join(productionUrl);
            },
          },
          // The PDF importer (pdfjs-dist legacy build) loads its worker from ./pdf.worker.min.mjs.
          {
            from: require.resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
            to: "pdf.worker.min.mjs",
            info: { minimized: true }, // already minified: spare Terser a 1.3 MB file
          },
          // For PDFs whose Chinese fonts are not embedded: the pane passes these folders to
          // configurePdfAssets({ cMapUrl: "pdfjs/cmaps/", standardFontDataUrl: "pdfjs/standard_fonts/" }).
          { from: path.join(PDFJS_DIR, "cmaps"), to: "pdfjs/cmaps" },
          { from: path.join(PDFJS_DIR, "standard_fonts"), to: "pdfjs/standard_fonts" },
        ],
      }),
    ],
    optimization: {
      // Minify with swc (already here for swc-loader): several times faster than Terser on pdf.js,
      // exceljs and React, which keeps `npm run build` and the build test short on two cores.
      // minimizer-webpack-plugin is webpack's own minimizer dependency.
      minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify })],
      // One webpack runtime for both entries: the pane and the functions then share module
      // instances (state, caches), which is the point of a shared runtime; common code ships once.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    // The bundle is large (React, Fluent UI, pdf.js) by nature; size hints would only be noise.
    performance: { hints: false },
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: (await devServerOptions()).server,
          port: DEV_PORT,
          // Only this machine by default: the dev server is not meant for the office network.
          host: process.env.XXGK_HOST || "localhost",
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
