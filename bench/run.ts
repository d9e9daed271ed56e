/**
 * npm run bench [-- <name> [options]]: runs one benchmark by name, or all of them with no name.
 * Benchmarks print figures; they are not tests and never fail the build (see bench/README.md).
 */
import { runCli, UsageError } from "../scripts/lib/cli-args";
import { benchEngine } from "./engine";
import { benchPages } from "./pages";
import { benchPipeline } from "./pipeline";
import { benchSite } from "./site";

interface Benchmark {
  /** One line for `npm run bench -- --help`. */
  describe: string;
  run(argv: readonly string[]): Promise<void>;
}

/** Every benchmark, by the name given on the command line. Add new ones here. */
const BENCHMARKS: Readonly<Record<string, Benchmark>> = {
  pipeline: {
    describe:
      "report pipeline on ~1,000,000 rows vs DuckDB read_csv → Parquet (rows/s, ratio, peak RSS)",
    run: benchPipeline,
  },
  pages: {
    describe:
      "each page's bytes (sent, gzip) and largest contentful paint in headless chromium, cold loads",
    run: benchPages,
  },
  site: {
    describe:
      "builds the site on the sample and on generated provinces (--counties 4,12,40): build wall/CPU/RSS, pages, sizes",
    run: benchSite,
  },
  engine: {
    describe:
      "the overview's controls in headless Chromium, sample and province site (--province-dist DIR): first answer, shared link, change p95, bytes",
    run: benchEngine,
  },
};

async function main(): Promise<void> {
  const [first, ...rest] = process.argv.slice(2);
  if (first === "--help" || first === "-h") {
    const list = Object.entries(BENCHMARKS).map(
      ([name, b]) => `  ${name.padEnd(10)} ${b.describe}`,
    );
    process.stderr.write(`usage: npm run bench -- [<name> [options]]\n${list.join("\n")}\n`);
    return;
  }
  if (first === undefined || first.startsWith("--")) {
    // No name: every benchmark, each given the same options.
    const argv = first === undefined ? [] : [first, ...rest];
    for (const [name, b] of Object.entries(BENCHMARKS)) {
      process.stderr.write(`== ${name}\n`);
      await b.run(argv);
    }
    return;
  }
  const benchmark = BENCHMARKS[first];
  if (!benchmark)
    throw new UsageError(
      `unknown benchmark "${first}" (known: ${Object.keys(BENCHMARKS).join(", ")})`,
    );
  await benchmark.run(rest);
}

await runCli(main, []);
