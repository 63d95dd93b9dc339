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
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/**
 * Where taskpane.html loads office.js from (XXGK_OFFICE_JS): by default the copy of
 * @microsoft/office-js this build puts in dist/office-js/ — the add-in's own origin, so it starts on
 * a network without internet. `microsoft` or `21vianet` (世纪互联) use that CDN; any https URL is
 * taken as it is.
 */
const OFFICE_JS_CDN = {
  microsoft: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};
const LOCAL_OFFICE_JS = "office-js/office.js";

function officeJsUrl() {
  const wanted = (process.env.XXGK_OFFICE_JS || "local").trim();
  if (wanted === "local") return LOCAL_OFFICE_JS;
  if (OFFICE_JS_CDN[wanted.toLowerCase()]) return OFFICE_JS_CDN[wanted.toLowerCase()];
  if (/^https:\/\/\S+\/office\.js$/i.test(wanted)) return wanted;
  throw new Error(buildMessage("badOfficeJs", { value: wanted }));
}

/**
 * The part of @microsoft/office-js's hosted folder an Excel add-in can load: office.js builds the
 * name of its host file as <host>-<platform>-<version>[-<suffix>].js (never .debug.js, which only
 * office.debug.js loads), the manifest declares only the Workbook host, and Outlook's strings are
 * Outlook's. Everything else of the folder (locales, telemetry, Excel of every platform) is kept.
 */
const OFFICE_JS_OTHER_HOSTS = ["access", "onenote", "outlook", "outlookwebapp", "powerpoint", "powerpointios", "project", "word", "wordios"];
function officeJsFileNeeded(file) {
  const name = path.basename(file);
  if (/\.debug\.js$|vsdoc|^office\.d\.ts$|^outlook_strings\.js$/.test(name)) return false;
  return !OFFICE_JS_OTHER_HOSTS.some((host) => name.startsWith(`${host}-`));
}
const PDFJS_DIR = path.dirname(require.resolve("pdfjs-dist/package.json"));

/** A message of src/messages/shell.ts (BUILD_MESSAGES or BOOT_MESSAGES), in Chinese then English. */
function shellMessage(group, code, params, separator = "\n") {
  require("tsx/cjs/api").register();
  const messages = require("./src/messages/shell.ts")[group];
  const { render } = require("./src/messages/format.ts");
  return `${render(messages[code], params, "zh")}${separator}${render(messages[code], params, "en")}`;
}
const buildMessage = (code, params) => shellMessage("BUILD_MESSAGES", code, params);

/** taskpane.html says so when office.js has not loaded by then (a CDN on a silent network). */
const OFFICE_JS_STUCK_SECONDS = 8;

function publicUrl() {
  const url = process.env.XXGK_PUBLIC_URL;
  if (!url) return undefined;
  if (!/^https:\/\//i.test(url)) throw new Error(buildMessage("publicUrlNotHttps", { url }));
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const productionUrl = publicUrl();
  const officeJs = officeJsUrl();

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
        naming: "./src/functions/naming.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first: Excel may call a function before the pane has drawn. At the end of the
        // body, after office.js, as classic scripts: the page's text paints before any of them.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        inject: "body",
        scriptLoading: "blocking",
        officeJsUrl: officeJs,
        bootText: {
          starting: shellMessage("BOOT_MESSAGES", "starting", {}, " "),
          officeJsStuck: shellMessage("BOOT_MESSAGES", "officeJsStuck", { seconds: OFFICE_JS_STUCK_SECONDS }, " "),
          stuckMs: OFFICE_JS_STUCK_SECONDS * 1000,
        },
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
          // office.js loads its host and locale files from beside itself: its folder goes whole
          // (less what an Excel add-in can never load, see officeJsFileNeeded), already minified.
          ...(officeJs === LOCAL_OFFICE_JS
            ? [{ from: OFFICE_JS_DIR, to: "office-js", filter: officeJsFileNeeded, info: { minimized: true } }]
            : []),
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
