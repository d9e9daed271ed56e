import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { toCsv } from "../../src/lib/csv/to-csv";
import { buildManifest, type Manifest } from "../../src/lib/pipeline/manifest";
import { TARGET_COLUMNS, TOWN_COLUMNS } from "../../src/lib/pipeline/output-schema";
import type { FileResult } from "../../src/lib/pipeline/parse-report";
import { targetRows, townRows } from "../../src/lib/pipeline/reference-tables";
import { readReference } from "./read-reference";
import { SYNTHETIC_MARKER } from "./synthetic-marker";
import { loadStaged, openWriter, writeParquet } from "./write-parquet";
import { assembleInDuckDb } from "./assemble-in-duckdb";
import { parseFiles } from "./parse-files";
import { readFlagsReference, writeFlags } from "./write-flags";

/** The pipeline could write nothing trustworthy: one line for the person who ran it. */
export class PipelineError extends Error {
  override name = "PipelineError";
}

export interface PipelineOptions {
  inDir: string;
  outDir: string;
  referenceDir: string;
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
  /** Worker threads for parsing: 0 for none; by default chosen from the number of files and cores. */
  workers?: number | undefined;
  /** A file that could not be read at all: said to the person running the command, and kept in the manifest. */
  onWarning?: ((message: string) => void) | undefined;
}

export interface PipelineSummary {
  files: number;
  totals: Manifest["totals"];
  seconds: number;
}

const REPORT_FILE = /\.(csv|xlsx)$/i;

/** Every report file below `<inDir>/<county>/`, as paths relative to inDir with forward slashes, sorted. */
async function listReports(inDir: string): Promise<{ reports: string[]; ignored: string[] }> {
  const entries = await readdir(inDir, { recursive: true, withFileTypes: true }).catch(() => {
    throw new PipelineError(`无法读取输入目录 / cannot read the input folder: ${inDir}`);
  });
  const reports: string[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const rel = relative(inDir, join(entry.parentPath, entry.name)).split(sep).join("/");
    // Office lock files (~$name.xlsx) and files outside a county folder are not reports.
    if (REPORT_FILE.test(entry.name) && rel.includes("/") && !entry.name.startsWith("~$"))
      reports.push(rel);
    else if (rel !== SYNTHETIC_MARKER) ignored.push(rel);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { reports: reports.sort(byCodePoint), ignored: ignored.sort(byCodePoint) };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function assertWritable(outDir: string): Promise<string> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true }).catch(() => {
    throw new PipelineError(`无法创建输出目录 / cannot create the output folder: ${parent}`);
  });
  const temp = join(parent, `.${basename(outDir)}.tmp-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp).catch(() => {
    throw new PipelineError(`输出目录不可写 / the output folder is not writable: ${parent}`);
  });
  return temp;
}

/** Replaces outDir with the finished temporary folder, so no half-written output is ever left behind. */
async function swapIn(temp: string, outDir: string): Promise<void> {
  const old = `${temp}.old`;
  const existed = await stat(outDir).then(
    () => true,
    () => false,
  );
  if (existed) await rename(outDir, old);
  await rename(temp, outDir);
  if (existed) await rm(old, { recursive: true, force: true });
}

/** Reads every report, normalizes it, and writes the outputs of DATA-CONTRACT §3 atomically. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineSummary> {
  const started = performance.now();
  const reference = await readReference(options.referenceDir);
  const flagsReference = await readFlagsReference(options.referenceDir);
  const { reports: files, ignored } = await listReports(options.inDir);
  if (files.length === 0)
    throw new PipelineError(
      `输入目录中没有报表文件 / no report files (.csv, .xlsx) under ${options.inDir}/<county>/`,
    );
  const temp = await assertWritable(options.outDir);
  const writer = await openWriter();
  try {
    const c = writer.connection;
    // Accepted rows wait in a CSV beside the output, loaded into DuckDB at the end in one read_csv.
    const stagingPath = `${temp}.staged.csv`;
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
    await writeFlags(c, reference, flagsReference, {
      reports: join(temp, "reports.parquet"),
      factories: join(temp, "factories.parquet"),
      flags: join(temp, "flags.parquet"),
    });
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
    await writeFile(
      join(temp, "rejects.csv"),
      toCsv(rejects.sort(byPlace), ["source_file", "source_row", "column", "reason", "message"]),
    );
    const outputs: { file: string; sha256: string }[] = [];
    for (const file of [
      "reports.parquet",
      "factories.parquet",
      "towns.parquet",
      "targets.parquet",
      "flags.parquet",
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
    await writeFile(join(temp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await swapIn(temp, options.outDir);
    return {
      files: files.length,
      totals: manifest.totals,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    await rm(`${temp}.staged.csv`, { force: true });
    throw error;
  } finally {
    writer.close();
  }
}
