/** A mistake in how a command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parses `--name value` and `--flag` arguments against the names a command accepts.
 * Unknown names, missing values and stray words are usage errors.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { values: readonly string[]; flags?: readonly string[] },
): { values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.startsWith("--")
      ? arg.slice(2).split(/=(.*)/s, 2)
      : [undefined, undefined];
    if (name === undefined) throw new UsageError(`unexpected argument "${arg}"`);
    if (spec.flags?.includes(name)) {
      flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith("--")))
        throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else {
      const known = [...spec.values, ...(spec.flags ?? [])].map((n) => `--${n}`).join(", ");
      throw new UsageError(`unknown option --${name} (known: ${known})`);
    }
  }
  return { values, flags };
}

/** Runs a command's main function: a known failure prints one line (no stack trace) and sets the exit code. */
export async function runCli(
  main: () => Promise<void>,
  known: readonly (new (...args: never[]) => Error)[],
): Promise<void> {
  try {
    await main();
  } catch (error) {
    const isKnown = known.some((k) => error instanceof k) || error instanceof UsageError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${isKnown ? "" : "unexpected error: "}${message.split("\n")[0]}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
