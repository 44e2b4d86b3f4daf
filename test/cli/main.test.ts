/**
 * The entry point in-process: run() maps every outcome to an exit code and one message on stderr, in the user's
 * language, and writes results (only results) to stdout. No process is spawned and none exits.
 */
import { SpbeError } from "../../src/core";
import { run, type Io } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/args";
import { CliError, describeError } from "../../src/cli/errors";

function bufferIo(): Io & { out: string; err: string } {
  const io = { out: "", err: "", stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe("run", () => {
  it("prints help on stdout and returns 0", async () => {
    const io = bufferIo();
    expect(await run(["--help", "--lang", "en"], io)).toBe(0);
    expect(io.out).toContain("Usage:");
    expect(io.err).toBe("");
  });

  it("returns 2 for a usage error, with the message on stderr only, in Indonesian by default", async () => {
    const io = bufferIo();
    expect(await run(["skor"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toBe(`spbe: Perintah "skor" tidak dikenal. Yang tersedia: ${COMMANDS.join(", ")}. Lihat \`spbe --help\`.\n`);
  });

  it("answers a usage error in English when --lang en is on the line, even if the line is otherwise wrong", async () => {
    const io = bufferIo();
    expect(await run(["score", "--lang", "en"], io)).toBe(2);
    expect(io.err).toBe("spbe: Give FILE.xlsx, for example `spbe score kertas-kerja.xlsx`. See `spbe score --help`.\n");
  });

  it("returns 2 for a missing input file before reading anything", async () => {
    const io = bufferIo();
    expect(await run(["score", "/nonexistent/kertas-kerja.xlsx"], io)).toBe(2);
    expect(io.err).toBe('spbe: Berkas "/nonexistent/kertas-kerja.xlsx" tidak ditemukan. Periksa nama dan foldernya.\n');
  });
});

describe("describeError: exit codes by error type", () => {
  it.each<[string, unknown, number, string]>([
    ["a usage CliError", new CliError(2, "OPTION_REPEATED", { option: "--json" }), 2, "Opsi --json disebutkan lebih dari sekali. Sebutkan sekali saja."],
    ["an input CliError", new CliError(1, "FILE_NOT_FOUND", { file: "a.xlsx" }), 1, 'Berkas "a.xlsx" tidak ditemukan.'],
    ["a core SpbeError", new SpbeError("LEVEL_OUT_OF_RANGE", { indicator: 12, cell: "'Kertas Kerja'!F21", value: 7, min: 0, max: 5 }), 1, "Indikator 12 (sel 'Kertas Kerja'!F21) bernilai 7, di luar rentang."],
    ["any other error (a bug)", new TypeError("x is undefined"), 3, "Galat internal pada spbe (bukan kesalahan data Anda): TypeError: x is undefined"],
    ["a thrown string", "boom", 3, "Galat internal pada spbe (bukan kesalahan data Anda): boom."],
  ])("%s", (_name, error, exitCode, message) => {
    const outcome = describeError(error, "id");
    expect(outcome.exitCode).toBe(exitCode);
    expect(outcome.message).toContain(message);
  });
});
