// Emits the Chinese custom-functions metadata (functions.zh-cn.json, which the manifest's zh-CN
// Override points at) from the functions.json that CustomFunctionsMetadataPlugin generated, through
// localizeFunctionsMetadata in src/functions/localization.ts: the one place the translations live.
"use strict";
const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "LocalizedFunctionsMetadataPlugin";

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, output: string, locale: string, localizer: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const localizer = path.resolve(compiler.context, this.options.localizer);
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        compilation.fileDependencies.add(localizer);
        const generated = compilation.getAsset(this.options.source);
        if (!generated) return; // CustomFunctionsMetadataPlugin already reported why
        try {
          const metadata = JSON.parse(generated.source.source().toString());
          const localized = loadLocalizer(localizer)(metadata, this.options.locale);
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(localized, null, 2)));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${localizer}: ${(error && error.stack) || error}`));
        }
      });
    });
  }
}

let tsxRegistered = false;

/** Loads the TypeScript module afresh each compilation, so that `npm start` picks up edits. */
function loadLocalizer(file) {
  if (!tsxRegistered) {
    require("tsx/cjs/api").register();
    tsxRegistered = true;
  }
  for (const id of Object.keys(require.cache)) {
    if (id.startsWith(path.dirname(file))) delete require.cache[id];
  }
  const { localizeFunctionsMetadata } = require(file);
  if (typeof localizeFunctionsMetadata !== "function") {
    throw new Error("localizeFunctionsMetadata(metadata, locale) is not exported");
  }
  return localizeFunctionsMetadata;
}

module.exports = LocalizedFunctionsMetadataPlugin;
