/* eslint-env node */
/**
 * The manifest of a deployment: manifest.xml is the development one (every URL on https://localhost:3000); a
 * Diskominfo that hosts dist/ on its own https server builds with its base URL (`SPBE_BASE_URL=... npm run build`
 * or `npx webpack --mode production --env baseUrl=...`) and gets a dist/manifest.xml whose URLs all point there.
 * The deployment keeps its own add-in Id, so a development sideload and the office's add-in never clash (Excel keys
 * custom functions by Id and namespace; the namespace SPBE stays, so analysts' formulas work with either).
 */

/** The Id of the deployed add-in (the development manifest has its own). */
const PRODUCTION_ID = "3c7f2a51-9d84-4b6e-a0c2-58e1f7d9b463";

/**
 * `baseUrl` as the manifest uses it: https, a host, an optional path, no query or fragment, no trailing slash.
 * Throws an Error whose message says what is wrong, for the build to stop on.
 */
function normaliseBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`SPBE_BASE_URL "${baseUrl}" is not a URL; give the https address dist/ is served from, e.g. https://spbe.contoh.go.id/addin`);
  }
  if (url.protocol !== "https:") throw new Error(`SPBE_BASE_URL "${baseUrl}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`SPBE_BASE_URL "${baseUrl}" must be a plain address, without query, fragment or credentials`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** `xml` (the development manifest) with every `devOrigin` URL moved to `baseUrl` and the deployment's Id. */
function productionManifest(xml, baseUrl, devOrigin) {
  const base = normaliseBaseUrl(baseUrl);
  const moved = xml.split(devOrigin).join(base);
  if (moved.includes("localhost")) throw new Error("manifest.xml still names localhost after the base URL was applied");
  return moved
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${PRODUCTION_ID}</Id>`)
    .replace(/<!-- Add-in manifest\.[^>]*-->/, `<!-- Add-in manifest for ${base} (built from manifest.xml by scripts/production-manifest.js). -->`);
}

module.exports = { productionManifest, normaliseBaseUrl, PRODUCTION_ID };
