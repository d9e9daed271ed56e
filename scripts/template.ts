// Writes one report template per county (<out>/<县名>社区工厂报表模板.xlsx) from the reference data.
// The workbook is built by src/lib/template (pure); this script only reads the reference and writes files.
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { buildReportTemplate } from "../src/lib/template/build-report-template";
import { templateFileName } from "../src/lib/template/template-file-name";
import { readReference } from "./lib/read-reference";

const USAGE =
  "usage: npm run template -- [--out <dir>] [--site <url>] [--reference <dir>]  (default --out templates)";
const ROOT = new URL("../", import.meta.url).pathname;
// The address the site is served at (astro.config.mjs `site`), for the checker's link in 填表说明.
const DEFAULT_SITE = "http://127.0.0.1:4321";

class UsageError extends Error {}

interface Options {
  out: string;
  site: string;
  reference: string | undefined;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    out: join(ROOT, "templates"),
    site: DEFAULT_SITE,
    reference: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new UsageError(USAGE);
    if (arg !== "--out" && arg !== "--site" && arg !== "--reference")
      throw new UsageError(`unknown argument ${JSON.stringify(arg)} (${USAGE})`);
    const value = argv[++i];
    if (value === undefined || value === "")
      throw new UsageError(`${arg} needs a value (${USAGE})`);
    if (arg === "--out") options.out = resolve(value);
    else if (arg === "--reference") options.reference = resolve(value);
    else if (!/^https?:\/\/\S+$/.test(value))
      throw new UsageError(`--site must be an http(s) address, not ${JSON.stringify(value)}`);
    else options.site = value;
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const reference = await readReference(options.reference);
  await mkdir(options.out, { recursive: true });
  for (const county of reference.counties) {
    const bytes = await buildReportTemplate(county, reference.industries, {
      siteUrl: options.site,
    });
    const target = join(options.out, templateFileName(county));
    await writeFile(target, bytes);
    process.stderr.write(
      `template: ${relative(process.cwd(), target) || target} (${county.county_id})\n`,
    );
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`template: ${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
