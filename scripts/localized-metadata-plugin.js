/* eslint-env node */
/**
 * Writes the Indonesian custom-functions metadata (functions-id.json) from the generated English functions.json
 * and the translations in src/functions/functions.id.json. The manifest points id-ID users at it.
 *
 * Ids and parameter order come from functions.json, so the two files cannot disagree on them; a function or
 * parameter without a translation fails the build instead of appearing in English.
 */
const fs = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");

const NAME = "LocalizedFunctionsMetadataPlugin";

/** Applies translations to metadata; returns { metadata, errors }. Exported for tests. */
function localizeMetadata(metadata, translations) {
  const errors = [];
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t) {
      errors.push(`No Indonesian translation for function ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const description = t.parameters && t.parameters[p.name];
      if (!description) errors.push(`No Indonesian description for parameter ${p.name} of ${fn.id}`);
      return { ...p, description: description || p.description };
    });
    if (!t.name || !t.description) errors.push(`Function ${fn.id} needs an Indonesian name and description`);
    return { ...fn, name: t.name || fn.name, description: t.description || fn.description, parameters };
  });
  for (const id of Object.keys(translations)) {
    if (!metadata.functions.some((fn) => fn.id === id)) errors.push(`Translation for ${id}, which is not a custom function`);
  }
  return { metadata: { ...metadata, functions }, errors };
}

class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.options.translations);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = compilation.getAsset(this.options.source);
        if (!source) return; // the metadata plugin has already reported why
        const translations = JSON.parse(fs.readFileSync(this.options.translations, "utf8"));
        const { metadata, errors } = localizeMetadata(JSON.parse(source.source.source().toString()), translations);
        errors.forEach((e) => compilation.errors.push(new WebpackError(`${NAME}: ${e}`)));
        compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeMetadata };
