/** Placeholder entry of the `spbe` command; replaced by the command-line tool. */
process.stdout.write("spbe: not built yet\n");
