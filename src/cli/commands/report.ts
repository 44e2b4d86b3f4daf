/**
 * `spbe report FILE.xlsx --out laporan.xlsx [--pdf]`: the Laporan Pimpinan (leader report) of a filled template,
 * as a workbook of one A4 sheet (src/template/leaderReportSheet.ts, the sheet the task pane also adds), and as a PDF
 * made by LibreOffice when asked and installed.
 *
 * The levels are read as `spbe score` reads them (every problem listed at once); the targets, last year's levels,
 * the official results and the PICs come from the template's own columns where it has them (a table of one's own
 * has only levels). Nothing is overwritten without --force: neither the .xlsx nor the PDF.
 */
import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { leaderReport, levelsInWholeHundredths, type LeaderReport } from "../../core";
import { describeLeaderReport, type TemplateCell } from "../../template";
import { templateLabels } from "../../template/labels";
import type { ReportCliOptions } from "../args";
import { CliError, inputError, usageError } from "../errors";
import { checkOutputFile, saveOutput } from "../files";
import type { Progress } from "./progress";
import { readLevelsAllowingBlanks, scoreWithReading } from "./score";

export interface ReportResult {
  /** The report workbook written, as given. */
  readonly file: string;
  /** The PDF written, when --pdf was given and LibreOffice made it. */
  readonly pdf?: string;
  readonly report: LeaderReport;
}

/** The PDF's name: --out with .pdf in place of .xlsx. */
export function pdfNameOf(out: string): string {
  return out.replace(/\.xlsx$/i, "") + ".pdf";
}

export async function report(options: ReportCliOptions, progress: Progress = () => {}): Promise<ReportResult> {
  const { file, out } = options;
  await checkOutputFile(out, options.force);
  const pdf = options.pdf ? pdfNameOf(out) : undefined;
  if (pdf) await checkOutputFile(pdf, options.force);
  const { result, reading } = await scoreWithReading({ ...options, json: false }, progress);
  const { framework } = result;
  const series = (cells: readonly TemplateCell[] | undefined) => (cells ? readLevelsAllowingBlanks(cells, framework, file) : undefined);
  const text = (cell: TemplateCell | undefined) => (cell && cell.value !== null && cell.value !== "" ? String(cell.value).trim() : undefined);
  const leader = leaderReport({
    framework,
    practice: options.practice,
    // The planner works on whole hundredths: a level that is an exact mean of service rows is refused with the core's reason.
    levels: levelsInWholeHundredths(result.exactLevels.values, result.exactLevels.scale),
    targets: series(reading?.targets),
    lastYear: series(reading?.lastYear),
    official: series(reading?.official),
    pic: reading?.pic.map((c) => text(c) ?? null),
  });
  const labels = templateLabels(options.language).report;
  const spec = describeLeaderReport(leader, {
    language: options.language, sheetName: labels.sheetName, instansi: text(reading?.instansi), year: text(reading?.year), today: options.today,
  });
  const { writeTemplateWorkbook } = await import(/* webpackMode: "eager" */ "../../xlsx/writeTemplateWorkbook");
  await saveOutput(await writeTemplateWorkbook(spec), out, options.force);
  progress("PROGRESS_SAVED", { file: out });
  if (!pdf) return { file: out, report: leader };
  const made = await writePdf(out, pdf, options.force, progress);
  return { file: out, report: leader, ...(made ? { pdf } : {}) };
}

/** LibreOffice's program: SPBE_SOFFICE when set, else soffice or libreoffice on the PATH. */
async function findSoffice(): Promise<string | undefined> {
  const given = process.env.SPBE_SOFFICE;
  const candidates = given !== undefined
    ? [given]
    : (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir !== "").flatMap((dir) =>
      (process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"]).map((name) => path.join(dir, name)));
  for (const candidate of candidates) {
    if (await fs.access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

/**
 * Converts `xlsx` to `pdf` with LibreOffice headless, in a folder and a profile of its own (so a LibreOffice the
 * user has open is not disturbed), then moves the PDF into place (never over a file without --force). Returns
 * false when LibreOffice is not installed (said on stderr); a failed conversion is an error naming the file.
 */
async function writePdf(xlsx: string, pdf: string, force: boolean, progress: Progress): Promise<boolean> {
  const soffice = await findSoffice();
  if (!soffice) {
    progress("PDF_NO_LIBREOFFICE", { file: xlsx });
    return false;
  }
  progress("PROGRESS_PDF", { file: pdf });
  const work = await fs.mkdtemp(path.join(tmpdir(), "spbe-pdf-"));
  try {
    const profile = `file://${path.join(work, "profile").replace(/\\/g, "/")}`;
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, path.resolve(xlsx)], { timeout: 180_000 },
        (error, _stdout, stderr) => (error ? reject(new Error(stderr.trim() || error.message)) : resolve()));
    });
    const made = path.join(work, `${path.basename(xlsx).replace(/\.xlsx$/i, "")}.pdf`);
    if (!(await fs.stat(made).catch(() => undefined))) throw new Error("no PDF was written");
    if (force) await fs.copyFile(made, pdf);
    else await fs.copyFile(made, pdf, constants.COPYFILE_EXCL).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "EEXIST" ? usageError("OUTPUT_EXISTS", { file: pdf }) : error;
    });
    return true;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inputError("PDF_FAILED", { file: xlsx, detail: (error as Error).message }, error);
  } finally {
    await fs.rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}
