/* eslint-env node */
// Preloaded into a spawned `spbe` (node --require bench/peakRss.js ...): prints the process's peak resident memory
// on stderr when it ends, whatever way it ends (process.exit included), for files.bench.js to read.
process.on("exit", () => {
  require("fs").writeSync(2, `\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
