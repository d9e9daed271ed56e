/**
 * The pipeline under test in bench/pipeline.ts, run in its own process: the same runPipeline that
 * `npm run data` calls, timed from inside so Node's and tsx's start-up are not counted.
 * Usage: node --import tsx bench/lib/pipeline-child.ts <raw-dir> <out-dir> <reference-dir> [--no-flags]
 * Prints one JSON line: {"seconds", "flags_seconds", "files", "totals"} (totals as in manifest.json);
 * --no-flags leaves flags.parquet out, so the bench can time the pipeline with and without it.
 */
import { runPipeline } from "../../scripts/lib/run-pipeline";

const [inDir, outDir, referenceDir, flagsOption] = process.argv.slice(2);
if (inDir === undefined || outDir === undefined || referenceDir === undefined) {
  process.stderr.write("usage: pipeline-child.ts <raw-dir> <out-dir> <reference-dir>\n");
  process.exit(2);
}
const started = performance.now();
const summary = await runPipeline({
  inDir,
  outDir,
  referenceDir,
  flags: flagsOption !== "--no-flags",
  onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, flags_seconds: summary.flagsSeconds, files: summary.files, totals: summary.totals })}\n`,
);
