import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { toCsv } from "../../src/lib/csv/to-csv";
import { buildManifest, manifestFiles, type Manifest } from "../../src/lib/pipeline/manifest";
import { REJECT_COLUMNS, TARGET_COLUMNS, TOWN_COLUMNS } from "../../src/lib/pipeline/output-schema";
import type { FileResult } from "../../src/lib/pipeline/parse-report";
import { targetRows, townRows } from "../../src/lib/pipeline/reference-tables";
import { readReference } from "./read-reference";
import { SYNTHETIC_MARKER } from "./synthetic-marker";
import { loadStaged, openWriter, writeParquet } from "./write-parquet";
import { assembleInDuckDb } from "./assemble-in-duckdb";
import { listReports, type IgnoredFile } from "./list-reports";
import { parseFiles } from "./parse-files";
import { readFlagsReference, writeFlags } from "./write-flags";

import { checkOutputPlace, discardOutput, prepareOutput, publishOutput } from "./output-folder";
import { PipelineError } from "./pipeline-error";

export { PipelineError };

export interface PipelineOptions {
  inDir: string;
  outDir: string;
  referenceDir: string;
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
  /** Worker threads for parsing: 0 for none; by default chosen from the number of files and cores. */
  workers?: number | undefined;
  /** A file that could not be read at all: said to the person running the command, and kept in the manifest. */
  onWarning?: ((message: string) => void) | undefined;
  /** Write flags.parquet (default true); bench/pipeline turns it off to time the flags' share. */
  flags?: boolean | undefined;
  /** Split manifest.json per county folder past this many bytes (default MANIFEST_SPLIT_BYTES; tests set less). */
  manifestSplitBytes?: number | undefined;
}

export interface PipelineSummary {
  files: number;
  /** Files below the raw folder not read at all, with the reason (also in the manifest's ignored_files). */
  ignored: IgnoredFile[];
  /** Report files that gave no accepted row (empty, unreadable, over a limit, nothing usable), with why. */
  yieldedNothing: IgnoredFile[];
  totals: Manifest["totals"];
  seconds: number;
  /** Of `seconds`, the time spent computing and writing flags.parquet (0 when flags are off). */
  flagsSeconds: number;
}

const rowsEn = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

const REPORT_FILE = /\.(csv|txt|xlsx|xlsm|xls|et)$/i;

const NOT_A_REPORT = {
  lockFile: "Office 临时锁文件 / an Office lock file",
  outsideCounty: "不在县文件夹内 / not inside a county folder",
  otherType: "不是报表格式（应为 .csv 或 .xlsx） / not a report format (save it as .xlsx or CSV)",
} as const;

/** Every report file below `<inDir>/<county>/`; anything else is listed with the reason it is not read. */
const listInputs = (inDir: string) =>
  listReports(
    inDir,
    // Office lock files (~$name.xlsx) and files outside a county folder are not reports.
    (rel, name) => REPORT_FILE.test(name) && rel.includes("/") && !name.startsWith("~$"),
    (rel, name) =>
      rel === SYNTHETIC_MARKER
        ? null
        : name.startsWith("~$")
          ? NOT_A_REPORT.lockFile
          : !rel.includes("/")
            ? NOT_A_REPORT.outsideCounty
            : NOT_A_REPORT.otherType,
  );

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A resource that ran out (memory, disk) as one line for the person running the command, else null. */
function exhausted(error: unknown): PipelineError | null {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOSPC" || /No space left on device/i.test(message))
    return new PipelineError(
      "磁盘空间不足，原有输出未改动 / out of disk space: the previous output is unchanged",
    );
  if (/Out of Memory Error/i.test(message))
    return new PipelineError(
      `内存不足，原有输出未改动 / out of memory: the previous output is unchanged (${message.split("\n")[0] ?? ""})`,
    );
  return null;
}

/** Reads every report, normalizes it, and writes the outputs of DATA-CONTRACT §3 atomically. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const started = performance.now();
  // Where the output goes is settled first: a refused --out means nothing was touched at all.
  await checkOutputPlace(options);
  const plan = await prepareOutput(options.outDir);
  const temp = plan.newDir;
  let writer: Awaited<ReturnType<typeof openWriter>> | undefined;
  try {
    const reference = await readReference(options.referenceDir);
    const flagsReference =
      options.flags === false ? null : await readFlagsReference(options.referenceDir);
    const { reports: files, ignored } = await listInputs(options.inDir);
    if (files.length === 0)
      throw new PipelineError(
        `输入目录中没有报表文件 / no report files (.csv, .xlsx) under ${options.inDir}/<county>/`,
      );
    writer = await openWriter(plan.scratch);
    const c = writer.connection;
    // Accepted rows wait in a CSV in the work folder (never published), loaded at the end in one read_csv.
    const stagingPath = join(plan.scratch, "staged.csv");
    const staging = createWriteStream(stagingPath);
    const results: FileResult[] = [];
    const inputs: { path: string; sha256: string }[] = [];
    await parseFiles({
      inDir: options.inDir,
      files,
      reference,
      workers: options.workers,
      onFile: (i, parsed) => {
        const { result } = parsed;
        options.onProgress?.(i + 1, files.length, result.path);
        if (result.error) options.onWarning?.(`${result.path}: ${result.error}`);
        inputs.push({ path: result.path, sha256: parsed.sha256 });
        results.push(result);
        // Rows wait on disk, not here: memory stays at a few files' worth whatever the province's size.
        if (parsed.stagedCsv !== "") staging.write(parsed.stagedCsv);
      },
    });
    await new Promise<void>((done, fail) =>
      staging.end((error?: Error | null) => (error ? fail(error) : done())),
    );
    await loadStaged(c, stagingPath);
    await rm(stagingPath, { force: true });
    const assembled = await assembleInDuckDb(c, {
      reports: join(temp, "reports.parquet"),
      factories: join(temp, "factories.parquet"),
    });
    // Flags (督查) read the published tables just written, as the browser would; they change no figure.
    const flagsStarted = performance.now();
    if (flagsReference)
      await writeFlags(c, reference, flagsReference, {
        reports: join(temp, "reports.parquet"),
        factories: join(temp, "factories.parquet"),
        flags: join(temp, "flags.parquet"),
      });
    const flagsSeconds = flagsReference ? (performance.now() - flagsStarted) / 1000 : 0;
    const rejects = [...results.flatMap((r) => r.rejects), ...assembled.superseded];
    await writeParquet(
      c,
      "towns",
      TOWN_COLUMNS,
      townRows(reference),
      ["county_id", "town_id"],
      join(temp, "towns.parquet"),
    );
    await writeParquet(
      c,
      "targets",
      TARGET_COLUMNS,
      targetRows(reference),
      ["county_id", "scope", "target_id"],
      join(temp, "targets.parquet"),
    );
    const byPlace = (
      a: { source_file: string; source_row: number },
      b: { source_file: string; source_row: number },
    ) =>
      a.source_file < b.source_file
        ? -1
        : a.source_file > b.source_file
          ? 1
          : a.source_row - b.source_row;
    await writeFile(join(temp, "rejects.csv"), toCsv(rejects.sort(byPlace), REJECT_COLUMNS));
    const outputs: { file: string; sha256: string }[] = [];
    for (const file of [
      "reports.parquet",
      "factories.parquet",
      "towns.parquet",
      "targets.parquet",
      ...(flagsReference ? ["flags.parquet"] : []),
      "rejects.csv",
    ])
      outputs.push({ file, sha256: sha256(await readFile(join(temp, file))) });
    // The sample generator leaves this marker so that synthetic data is labelled as such wherever it surfaces.
    const synthetic = await stat(join(options.inDir, SYNTHETIC_MARKER)).then(
      () => true,
      () => false,
    );
    const manifest = buildManifest({
      files: results,
      inputs,
      ignored,
      acceptedByFile: assembled.acceptedByFile,
      asOf: assembled.asOf,
      rejects,
      outputs,
      synthetic,
    });
    for (const { file, text } of manifestFiles(
      manifest,
      (t) => sha256(Buffer.from(t)),
      options.manifestSplitBytes,
    )) {
      await mkdir(dirname(join(temp, file)), { recursive: true });
      await writeFile(join(temp, file), text);
    }
    // DuckDB spills into the work folder: close it before that folder goes.
    writer.close();
    writer = undefined;
    await publishOutput(plan);
    // A town's report is never silently missed: a file that gave nothing is named in the summary.
    const replaced = new Set(assembled.superseded.map((r) => r.source_file));
    const yieldedNothing = manifest.inputs
      .filter((input) => input.accepted === 0 && !replaced.has(input.path))
      .map((input) => ({
        path: input.path,
        reason:
          input.error ??
          `${input.rejected} 行被拒、${input.skipped} 行跳过，见 rejects.csv / ${rowsEn(input.rejected)} rejected, ${input.skipped} skipped: see rejects.csv`,
      }));
    return {
      files: files.length,
      ignored,
      yieldedNothing,
      totals: manifest.totals,
      seconds: (performance.now() - started) / 1000,
      flagsSeconds,
    };
  } catch (error) {
    await discardOutput(plan);
    throw exhausted(error) ?? error;
  } finally {
    writer?.close();
  }
}
