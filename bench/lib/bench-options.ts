import { resolve } from "node:path";
import { parseArgs } from "../../scripts/lib/cli-args";
import { positiveInt } from "./numbers";
import { DEFAULT_SEED } from "./province";

/** A benchmark's options, read once: its own and the ones every province benchmark takes. */
export interface BenchOptions {
  /** `--seed`: the province generator's seed (bench/lib/province.ts). */
  seed: number;
  /** `--work`: where generated provinces are kept between runs, as an absolute path. */
  workDir: string;
  /** A `--name N` option: a positive whole number, or `fallback` when not given. */
  count(name: string, fallback: number): number;
  value(name: string): string | undefined;
  flag(name: string): boolean;
}

/**
 * Parses a benchmark's command line: its own `values` and `flags` plus `--work DIR`, `--seed N` and
 * `--help`. With `--help` the usage goes to stderr and the result is null (the caller stops).
 */
export function benchOptions(
  argv: readonly string[],
  spec: {
    values?: readonly string[];
    flags?: readonly string[];
    usage: string;
    defaultWork: string;
  },
): BenchOptions | null {
  const { values, flags } = parseArgs(argv, {
    values: [...(spec.values ?? []), "work", "seed"],
    flags: [...(spec.flags ?? []), "help"],
  });
  if (flags.has("help")) {
    process.stderr.write(`${spec.usage}\n`);
    return null;
  }
  return {
    seed: positiveInt(values.get("seed"), DEFAULT_SEED, "seed"),
    workDir: resolve(values.get("work") ?? spec.defaultWork),
    count: (name, fallback) => positiveInt(values.get(name), fallback, name),
    value: (name) => values.get(name),
    flag: (name) => flags.has(name),
  };
}
