#!/usr/bin/env node
// The `spbe` command: runs the CLI built by `npm run build:cli` (done by `npm install` through `prepare`).
require("../dist/cli/spbe.js");
