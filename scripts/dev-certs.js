/* eslint-env node */
/**
 * HTTPS options for serving the add-in on localhost. office-addin-dev-certs creates a CA and a localhost
 * certificate and installs the CA as trusted. Installing needs administrator rights (sudo on Linux), which
 * containers and locked-down PCs lack: then the certificates are still created, and the caller is told the
 * CA is not trusted yet and where it is, so the user can trust it in the browser.
 */
const fs = require("fs");

async function devHttpsOptions(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  try {
    return { ...(await devCerts.getHttpsServerOptions()), trusted: true };
  } catch (error) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
      await generateCertificates();
    }
    log(`The development CA could not be installed as trusted (${String(error.message || error).split("\n")[0]}).`);
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      trusted: false,
      caPath: defaults.caCertificatePath,
    };
  }
}

module.exports = { devHttpsOptions };
