/**
 * npm run figures -- --as-of YYYY-MM-DD [--county ID] [--town NAME] [--industry CODE,…] [--json] [--data DIR]
 * Prints the headline figures (DATA-CONTRACT §5) from the published Parquet: a table, or JSON lines with
 * county, town, metric, value, target, status, as_of. Errors: one line on stderr, exit 2 (usage) or 1.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { FiguresInputError, figuresAsOf, type FiguresAsOf } from "../src/lib/figures/figures-as-of";
import { QueryShapeError } from "../src/lib/figures/decode-rows";
import { FIGURE_METRICS } from "../src/lib/figures/metrics";
import { isMonthEnd, yearOf } from "../src/lib/figures/month-end";
import { policyChecks, type PolicyChecks } from "../src/lib/figures/policy-checks";
import { rejectedByTown } from "../src/lib/figures/rejected-by-town";
import { readManifestFile } from "../src/data/read-manifest";
import { townRanking, type TownRanking } from "../src/lib/figures/town-ranking";
import { ReferenceError, type Reference } from "../src/lib/reference/parse-reference";
import type { County } from "../src/lib/reference/schema";
import { targetHeadline } from "../src/lib/status/headline-status";
import type { StatusRules } from "../src/lib/status/status-rules";
import { parseArgs, runCli, UsageError } from "./lib/cli-args";
import { DataFolderError, openParquetRunner } from "../src/lib/connectors/node-runner";
import { readReference, readScoring, readStatusRules, REFERENCE_DIR } from "./lib/read-reference";

const ROOT = new URL("..", import.meta.url).pathname;
const USAGE =
  "usage: npm run figures -- --as-of YYYY-MM-DD [--county ID] [--town NAME] [--industry CODE,…] [--json] [--data DIR] [--reference DIR]";

/** One printed figure: the JSON-lines record (and a table row). */
interface FigureLine {
  county: string;
  town: string;
  metric: string;
  value: number;
  target: number | null;
  status: string | null;
  as_of: string;
  pace?: string | null;
  /** The one headline status (src/lib/status/headline-status.ts) the site shows for this target. */
  headline?: string;
  provisional?: boolean;
}

function readRejected(dataDir: string, asOf: string): Map<string, number> | null {
  const path = join(dataDir, "manifest.json");
  if (!existsSync(path)) return null;
  const parsed = readManifestFile(dataDir);
  return parsed.success ? rejectedByTown(parsed.data.inputs, asOf) : null;
}

function resolveTown(
  reference: Reference,
  countyId: string | undefined,
  name: string,
): { county: County; townId: string } {
  const matches = reference.counties
    .filter((c) => countyId === undefined || c.county_id === countyId)
    .flatMap((c) =>
      c.towns
        .filter((t) => t.town_id === name || t.name === name || t.short_names.includes(name))
        .map((t) => ({ county: c, townId: t.town_id })),
    );
  const [first, second] = matches;
  if (!first)
    throw new UsageError(`未找到该镇 / unknown town "${name}"${countyId ? ` in ${countyId}` : ""}`);
  if (second)
    throw new UsageError(
      `镇名“${name}”不唯一，请加 --county / town "${name}" is in more than one county: add --county`,
    );
  return first;
}

function figureLines(
  result: FiguresAsOf,
  county: County,
  rejected: Map<string, number> | null,
  ranking: TownRanking | null,
  policy: PolicyChecks,
  rules: StatusRules,
): FigureLine[] {
  const townName = (id: string | null) =>
    id === null ? "" : (county.towns.find((t) => t.town_id === id)?.name ?? id);
  const lines: FigureLine[] = [];
  const year = yearOf(result.as_of);
  for (const row of result.figures) {
    // With a town scope the whole-scope row is that town: print it once, under the town.
    if (row.town_id === null && result.scope.townId !== null) continue;
    for (const metric of FIGURE_METRICS) {
      const target = result.targets.find(
        (t) =>
          t.metric === metric && t.town_id === row.town_id && (t.year === null || t.year === year),
      );
      lines.push({
        county: county.county_id,
        town: townName(row.town_id),
        metric,
        value: row[metric],
        target: target?.target ?? null,
        status: target?.path_status ?? null,
        as_of: result.as_of,
        ...(target
          ? {
              pace: target.pace?.status ?? null,
              headline: targetHeadline(target, rules).status,
              provisional: target.target_status === "provisional",
            }
          : {}),
      });
    }
  }
  const line = (town: string, metric: string, value: number): FigureLine => ({
    county: county.county_id,
    town,
    metric,
    value,
    target: null,
    status: null,
    as_of: result.as_of,
  });
  for (const h of result.reporting_health) {
    const town = townName(h.town_id);
    lines.push(
      line(town, "periods_due", h.periods_due),
      line(town, "periods_reported", h.periods_reported),
    );
    lines.push(
      line(town, "periods_late", h.periods_late),
      line(town, "periods_missing", h.periods_missing),
    );
    if (rejected) lines.push(line(town, "rows_rejected", rejected.get(h.town_id) ?? 0));
  }
  for (const t of ranking?.towns ?? []) {
    lines.push({
      ...line(townName(t.town_id), "assessment_score", t.score),
      status: t.tied_with.length > 0 ? "tied" : null,
    });
    lines.push(line(townName(t.town_id), "assessment_rank", t.rank));
  }
  if (policy.subsidies) {
    for (const t of policy.subsidies.towns)
      lines.push(line(townName(t.town_id), "subsidy_estimate_yuan", t.total_yuan));
    if (result.scope.townId === null)
      lines.push(line("", "subsidy_estimate_yuan", policy.subsidies.county.total_yuan));
  }
  return lines;
}

const fmt = (n: number | null) =>
  n === null ? "" : Number.isInteger(n) ? String(n) : n.toFixed(2);

function printTable(
  lines: readonly FigureLine[],
  result: FiguresAsOf,
  out: (s: string) => void,
): void {
  const header = ["county", "town", "metric", "value", "target", "status", "pace"];
  const rows = lines.map((l) => [
    l.county,
    l.town || "(county)",
    l.metric,
    fmt(l.value),
    fmt(l.target),
    l.status ?? "",
    l.pace ?? "",
  ]);
  // Chinese characters take two columns in a terminal.
  const width = (text: string) =>
    [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r[i] ?? ""))));
  const render = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(c))))
      .join("  ")
      .trimEnd();
  out(render(header));
  for (const r of rows) out(render(r));
  out("");
  out(
    `targets at ${result.as_of} (value / target, expected on the path, path status, pace R, projection):`,
  );
  for (const t of result.targets) {
    const reach = t.projection.reaches_target_on ?? "not at this pace";
    const r = t.pace?.ratio;
    out(
      `  ${t.target_id}${t.year === null ? "" : ` (${t.year})`}: ${fmt(t.value)} / ${fmt(t.target)} (${(t.share_of_target * 100).toFixed(1)}%), ` +
        `expected ${fmt(Number(t.expected.toFixed(2)))}, ${t.path_status}${t.value_at_deadline === null ? "" : ` (${fmt(t.value_at_deadline)} at the deadline ${t.deadline})`}, pace ${t.pace?.status ?? "-"}${r === null || r === undefined ? "" : ` (R=${r.toFixed(3)})`}, ` +
        `reaches target: ${reach}${t.target_status === "provisional" ? " [provisional task]" : ""}`,
    );
  }
  if (result.not_reporting.length > 0) {
    out("");
    out("not reporting (no report in the last 3 months):");
    for (const f of result.not_reporting)
      out(`  ${f.town_name}  ${f.name}  last report ${f.last_period_end}`);
  }
}

async function main(): Promise<void> {
  const { values, flags } = parseArgs(process.argv.slice(2), {
    values: ["as-of", "county", "town", "industry", "data", "reference"],
    flags: ["json", "help"],
  });
  if (flags.has("help")) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const asOf = values.get("as-of");
  if (asOf === undefined) throw new UsageError(`--as-of is required (${USAGE})`);
  if (!isMonthEnd(asOf))
    throw new UsageError(
      `--as-of must be a month end written YYYY-MM-DD, e.g. 2019-12-31 (got "${asOf}")`,
    );
  const referenceDir = resolve(values.get("reference") ?? REFERENCE_DIR);
  const reference = await readReference(referenceDir);
  const scoring = await readScoring(referenceDir);
  const rules = await readStatusRules(referenceDir);
  const countyId = values.get("county");
  if (countyId !== undefined && !reference.counties.some((c) => c.county_id === countyId))
    throw new UsageError(
      `unknown county "${countyId}" (known: ${reference.counties.map((c) => c.county_id).join(", ")})`,
    );
  const townArg = values.get("town");
  const town = townArg === undefined ? null : resolveTown(reference, countyId, townArg);
  const industries = (values.get("industry") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const unknownIndustry = industries.find(
    (code) => !reference.industries.some((i) => i.code === code),
  );
  if (unknownIndustry !== undefined)
    throw new UsageError(
      `unknown industry "${unknownIndustry}" (known: ${reference.industries.map((i) => i.code).join(", ")})`,
    );
  const counties = town
    ? [town.county]
    : reference.counties.filter((c) => countyId === undefined || c.county_id === countyId);
  const dataDir = resolve(values.get("data") ?? join(ROOT, "public/data"));
  const runner = await openParquetRunner(dataDir);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  try {
    const rejected = readRejected(dataDir, asOf);
    for (const county of counties) {
      const scope = { countyId: county.county_id, townId: town?.townId ?? null, industries };
      const result = await figuresAsOf(runner, county, asOf, scope);
      // With industries, the ranking counts only their factories (the ranking page's industry filter).
      const ranking =
        scope.townId === null
          ? await townRanking(runner, county, scoring, yearOf(asOf), asOf, industries)
          : null;
      const policy = await policyChecks(runner, county, asOf, scope);
      const lines = figureLines(result, county, rejected, ranking, policy, rules);
      if (flags.has("json")) for (const l of lines) out(JSON.stringify(l));
      else {
        out(
          `== ${county.name} ${county.name_en} · as of ${asOf}${town ? ` · ${town.townId}` : ""}${industries.length ? ` · industries ${industries.join(",")}` : ""}`,
        );
        printTable(lines, result, out);
        out("");
      }
    }
  } finally {
    runner.close();
  }
}

// `npm run figures | head` closes stdout early: stop quietly instead of printing a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
await runCli(main, [ReferenceError, DataFolderError, FiguresInputError, QueryShapeError]);
