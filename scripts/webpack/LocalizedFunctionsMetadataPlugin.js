// Emits the Chinese custom-functions metadata (functions.zh-cn.json, which the manifest's zh-CN
// Override points at) from the functions.json that CustomFunctionsMetadataPlugin generated, through
// localizeFunctionsMetadata in src/functions/localization.ts: the one place the translations live.
// Then it checks EVERY functions*.json of the build against Excel's naming rules and for the same
// ids (src/functions/naming.ts): a name Excel refuses fails the build, not the person's formula.
"use strict";
const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "LocalizedFunctionsMetadataPlugin";

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, output: string, locale: string, localizer: string, naming: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const localizer = path.resolve(compiler.context, this.options.localizer);
    const naming = path.resolve(compiler.context, this.options.naming);
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
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        compilation.fileDependencies.add(naming);
        const files = {};
        for (const asset of compilation.getAssets()) {
          if (!/^functions.*\.json$/.test(asset.name)) continue;
          try {
            files[asset.name] = JSON.parse(asset.source.source().toString());
          } catch (error) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${asset.name}: ${error}`));
          }
        }
        if (Object.keys(files).length === 0) return;
        try {
          const { functionNamingProblems, describeNamingProblem } = loadModule(naming);
          for (const problem of functionNamingProblems(files, this.options.source)) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${describeNamingProblem(problem, "zh")}\n${describeNamingProblem(problem, "en")}`));
          }
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${naming}: ${(error && error.stack) || error}`));
        }
      });
    });
  }
}

let tsxRegistered = false;

/** Loads a TypeScript module afresh each compilation, so that `npm start` picks up edits. */
function loadModule(file) {
  if (!tsxRegistered) {
    require("tsx/cjs/api").register();
    tsxRegistered = true;
  }
  for (const id of Object.keys(require.cache)) {
    if (id.startsWith(path.dirname(file)) || id.includes(`${path.sep}src${path.sep}messages${path.sep}`)) delete require.cache[id];
  }
  return require(file);
}

function loadLocalizer(file) {
  const { localizeFunctionsMetadata } = loadModule(file);
  if (typeof localizeFunctionsMetadata !== "function") {
    throw new Error("localizeFunctionsMetadata(metadata, locale) is not exported");
  }
  return localizeFunctionsMetadata;
}

module.exports = LocalizedFunctionsMetadataPlugin;
