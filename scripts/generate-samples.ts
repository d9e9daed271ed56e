// Writes the synthetic township reports (data/raw/<county>/…), their README and the truth file.
// Generation is pure (scripts/lib/samples); this script only reads the reference data and writes files.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { SYNTHETIC_MARKER } from "./lib/synthetic-marker";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_SEED, generateSamples } from "./lib/samples/generate";
import { renderXls } from "./lib/samples/render-xls";
import { renderXlsx } from "./lib/samples/render-xlsx";
import { formatTruthJson } from "./lib/samples/truth";
import { readReference } from "./lib/read-reference";

const USAGE =
  "usage: npx tsx scripts/generate-samples.ts [--out <dir>] [--seed <integer>] [--truth <file>]";
const ROOT = new URL("../", import.meta.url).pathname;

class UsageError extends Error {}

interface Options {
  out: string;
  seed: number;
  truth: string;
}

function parseArgs(argv: readonly string[]): Options {
  let out = join(ROOT, "data/raw");
  let seed = DEFAULT_SEED;
  let truth: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag = "", inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (flag === "--help" || flag === "-h") throw new UsageError(USAGE);
    if (flag !== "--out" && flag !== "--seed" && flag !== "--truth")
      throw new UsageError(`unknown argument ${JSON.stringify(arg)} (${USAGE})`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === "")
      throw new UsageError(`${flag} needs a value (${USAGE})`);
    if (flag === "--out") out = resolve(value);
    else if (flag === "--truth") truth = resolve(value);
    else {
      if (!/^\d{1,10}$/.test(value) || Number(value) > 0xffffffff)
        throw new UsageError(
          `--seed must be an integer from 0 to 4294967295, not ${JSON.stringify(value)}`,
        );
      seed = Number(value);
    }
  }
  return { out, seed, truth: truth ?? join(dirname(out), "sample-truth.json") };
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const reference = await readReference();
  const samples = generateSamples(reference, options.seed);

  // The generator owns data/raw/<county>/ entirely: stale files from an earlier run must not linger.
  const counties = [...new Set(samples.files.map((f) => f.path.split("/")[0] ?? ""))];
  for (const county of counties)
    await rm(join(options.out, county), { recursive: true, force: true });
  for (const file of samples.files) {
    const target = join(options.out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(
      target,
      "bytes" in file
        ? file.bytes
        : file.format === "xls"
          ? renderXls(file.sheets)
          : await renderXlsx(file.sheets),
    );
  }
  await writeFile(join(options.out, "README.md"), samples.readme);
  // The pipeline reads this marker and labels its manifest (and so the site) as synthetic sample data.
  await writeFile(
    join(options.out, SYNTHETIC_MARKER),
    "These reports are synthetic sample data (scripts/generate-samples.ts).\n",
  );
  await mkdir(dirname(options.truth), { recursive: true });
  await writeFile(options.truth, formatTruthJson(samples.truth));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = relative(process.cwd(), options.out) || ".";
  process.stderr.write(
    `generate-samples: wrote ${samples.files.length} files (${samples.dataRows} data rows) to ${where}, truth to ${relative(process.cwd(), options.truth)}, seed ${options.seed}, in ${seconds} s\n`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`generate-samples: ${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
