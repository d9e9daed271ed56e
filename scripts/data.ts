/**
 * npm run data -- --in <raw-dir> --out <out-dir>
 * Normalizes the towns' reports into Parquet, per DATA-CONTRACT §1–4. Data goes to files; progress,
 * the summary line and errors go to stderr.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ReferenceError } from "../src/lib/reference/parse-reference";
import { parseArgs, runCli, UsageError } from "./lib/cli-args";
import { PipelineError, runPipeline } from "./lib/run-pipeline";
import { REFERENCE_DIR } from "./lib/read-reference";

const ROOT = new URL("..", import.meta.url).pathname;
const USAGE =
  "usage: npm run data -- [--in <raw-dir>] [--out <out-dir>] [--reference <dir>] [--workers N] [--quiet]";

async function main(): Promise<void> {
  const { values, flags } = parseArgs(process.argv.slice(2), {
    values: ["in", "out", "reference", "workers"],
    flags: ["quiet", "help"],
  });
  if (flags.has("help")) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const inDir = resolve(values.get("in") ?? join(ROOT, "data/raw"));
  const outDir = resolve(values.get("out") ?? join(ROOT, "public/data"));
  const referenceDir = resolve(values.get("reference") ?? REFERENCE_DIR);
  if (!existsSync(inDir)) throw new UsageError(`输入目录不存在 / input folder not found: ${inDir}`);
  const workersText = values.get("workers");
  const workers = workersText === undefined ? undefined : Number(workersText);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
    throw new UsageError(
      `--workers must be a whole number from 0 to 64 (got "${workersText ?? ""}")`,
    );
  const interactive = process.stderr.isTTY && !flags.has("quiet");
  const summary = await runPipeline({
    inDir,
    outDir,
    referenceDir,
    workers,
    onProgress: interactive
      ? (done, total, file) => process.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`)
      : undefined,
    onWarning: (message) =>
      process.stderr.write(`${interactive ? "\r\x1b[K" : ""}warning: ${message}\n`),
  });
  if (interactive) process.stderr.write("\r\x1b[K");
  const t = summary.totals;
  process.stderr.write(
    `data: ${summary.files} files, ${t.rows_read} rows read: ${t.accepted} accepted, ${t.rejected} rejected, ` +
      `${t.skipped} skipped, in ${summary.seconds.toFixed(1)} s → ${outDir}\n`,
  );
  printFileList("not read", summary.ignored);
  printFileList("gave no data", summary.yieldedNothing);
}

/** How many files a summary line names before pointing to the manifest for the rest. */
const LISTED_FILES = 10;

/** One summary line naming files that were not read or gave nothing, each with its reason. */
function printFileList(what: string, files: readonly { path: string; reason: string }[]): void {
  if (files.length === 0) return;
  const named = files.slice(0, LISTED_FILES).map((f) => `${f.path} (${f.reason})`);
  const more =
    files.length > LISTED_FILES ? `; … ${files.length - LISTED_FILES} more in manifest.json` : "";
  const noun = files.length === 1 ? "file" : "files";
  process.stderr.write(`data: ${files.length} ${noun} ${what}: ${named.join("; ")}${more}\n`);
}

await runCli(main, [PipelineError, ReferenceError]);
