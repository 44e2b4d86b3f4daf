/* eslint-env node */
/**
 * `npm start`: the add-in's main job on this machine.
 *  1. Builds the production bundle into dist/.
 *  2. Serves dist/ at https://localhost:3000 (the URLs in manifest.xml) with development certificates.
 *  3. Sideloads the add-in into desktop Excel where office-addin-debugging can (Windows, macOS). Elsewhere (Linux,
 *     where there is no desktop Excel) it prints exactly how to sideload into Excel on the web.
 * Options: --no-build (serve what dist/ holds), --check (serve, verify every file the manifest needs, print the
 * instructions, then stop: used by the tests), --http and --port N (with --check only: no certificates, any port).
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { devHttpsOptions } = require("./dev-certs");
const { serveStatic } = require("./serve");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const log = (line) => process.stdout.write(`${line}\n`);

const MANIFEST_PORT = require("../package.json").config.dev_server_port;
/** Files the manifest and the shared runtime load from the server. */
const SERVED_FILES = ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "functions-id.json", "manifest.xml", "assets/icon-32.png"];

function build() {
  log("Membangun add-in (webpack, produksi) / Building the add-in ...");
  const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "only=web"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("The build failed; see the webpack output above.");
}

/** GET that trusts the development CA (fetch cannot be given a CA). Resolves with the status code. */
function statusOf(url, tls) {
  const client = url.startsWith("https:") ? require("https") : require("http");
  return new Promise((resolve, reject) => {
    client.get(url, tls ? { ca: tls.ca } : {}, (res) => {
      res.resume();
      resolve(res.statusCode);
    }).on("error", reject);
  });
}

async function verifyServed(origin, tls) {
  for (const file of SERVED_FILES) {
    const status = await statusOf(`${origin}/${file}`, tls);
    if (status !== 200) throw new Error(`${origin}/${file} answered ${status}`);
  }
  log(`Semua berkas add-in tersedia di ${origin} / All add-in files are served at ${origin}.`);
}

function webInstructions(origin, tls, serving) {
  const manifest = path.join(root, "manifest.xml");
  const lines = [
    "",
    "Excel desktop tidak tersedia di sistem ini. Pasang add-in di Excel untuk web:",
    "Desktop Excel is not available on this system. Sideload the add-in into Excel on the web:",
  ];
  if (tls && !tls.trusted) {
    lines.push(
      `  0. Percayai sertifikat CA pengembangan / Trust the development CA: ${tls.caPath}`,
      `     (browser: Settings > Privacy and security > Manage certificates > Authorities > Import), lalu buka ${origin}/taskpane.html sekali.`,
    );
  }
  lines.push(
    "  1. Buka https://www.office.com, buat atau buka buku kerja Excel / open a workbook in Excel on the web.",
    "  2. Beranda > Add-in > Opsi Lainnya > Unggah Add-in Saya / Home > Add-ins > More Add-ins > Upload My Add-in.",
    `  3. Pilih berkas manifes / choose the manifest: ${manifest}`,
    "  4. Buka panel dengan tombol \"Evaluasi SPBE\" di tab Beranda, atau ketik =SPBE.INDEX( di sebuah sel.",
    "     Open the pane with the \"SPBE Evaluation\" button on the Home tab, or type =SPBE.INDEX( in a cell.",
  );
  if (serving) lines.push(`Server berjalan di ${origin}; hentikan dengan Ctrl+C / the server runs at ${origin}; stop it with Ctrl+C.`);
  log(lines.join("\n"));
}

function sideloadDesktop() {
  log("Memasang add-in di Excel desktop / Sideloading into desktop Excel ...");
  const child = spawn(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", "desktop", "--app", "excel"], {
    cwd: root,
    stdio: "inherit",
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code === 0)));
}

async function main() {
  const check = flag("--check");
  if (!flag("--no-build")) build();
  if (!fs.existsSync(path.join(dist, "functions.js"))) throw new Error("dist/ has no build; run without --no-build.");
  const plainHttp = check && flag("--http");
  const port = check && option("--port") !== undefined ? Number(option("--port")) : MANIFEST_PORT;
  const tls = plainHttp ? null : await devHttpsOptions(log);
  const server = await serveStatic({ root: dist, port, tls });
  const origin = `${plainHttp ? "http" : "https"}://localhost:${server.address().port}`;
  await verifyServed(origin, tls);
  const desktop = !check && (process.platform === "win32" || process.platform === "darwin");
  if (desktop && (await sideloadDesktop())) {
    log(`Add-in dipasang; server berjalan di ${origin} (Ctrl+C untuk berhenti) / Sideloaded; serving at ${origin}.`);
  } else {
    webInstructions(origin, tls, !check);
  }
  if (check) server.close();
}

main().catch((error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  process.exit(1);
});
