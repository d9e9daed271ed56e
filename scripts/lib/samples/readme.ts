import { QUIRK_IDS, QUIRKS, type QuirkId } from "./quirks";
import type { SampleTruth } from "./truth";

const code = (text: string): string => `\`${text}\``;

/** data/raw/README.md: what the samples are, how to regenerate them, and where each quirk and planted error lives. */
export function renderReadme(
  truth: SampleTruth,
  quirkFiles: ReadonlyMap<QuirkId, readonly string[]>,
): string {
  const lines: string[] = [
    "# Sample township reports (synthetic)",
    "",
    "Everything under this folder is **synthetic**: made-up factories, figures, names, phone numbers and",
    "ID numbers, generated from a seeded random source to imitate what the towns of 汉阴县 and 平利县 send",
    '(Excel/WPS CSV in GB18030 or UTF-8, Excel\'s UTF-16 "Unicode text" .txt, .xlsx and .xls workbooks, some',
    "with several sheets). The scale follows the published figures in",
    "REFERENCE-FIGURES.md; no real report was used. Do not edit these files by hand: regenerate them.",
    "",
    "## Regenerate",
    "",
    "```",
    "npm run samples                      # = npx tsx scripts/generate-samples.ts",
    "npx tsx scripts/generate-samples.ts --out data/raw --seed " + String(truth.seed),
    "```",
    "",
    `The same seed gives byte-identical files (seed ${truth.seed} is the default). The generator deletes and`,
    "rewrites `data/raw/<county_id>/` and this README, and writes the truth the tests check against to",
    "`data/sample-truth.json` (next to the output folder). That truth comes from the generator's own model,",
    "never from re-reading these files.",
    "",
    "## Layout",
    "",
    "One file per town and period, `data/raw/<county_id>/…`, named the way each town names them:",
    "",
    "| county | town | cadence | format | first period | example | by design |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const town of truth.towns) {
    const example =
      truth.files.find((f) => f.town_id === town.town_id && f.period === town.first_period)
        ?.source_file ?? "";
    const gaps = town.gaps.length > 0 ? `; no reports for ${town.gaps.join(", ")}` : "";
    lines.push(
      `| ${town.county_id} | ${town.name} | ${town.cadence} | ${town.format} | ${town.first_period} | ${code(example)} | ${town.trajectory.replace("_", " ")}${gaps} |`,
    );
  }
  lines.push(
    "",
    "Row numbers in the truth file are 1-based text lines (a BOM adds no line; no cell holds a line break)",
    "or the row numbers Excel shows on the sheet named beside them; 0 means the whole file.",
    "",
    "## Where each quirk lives",
    "",
    "| quirk | what | examples |",
    "| --- | --- | --- |",
  );
  for (const id of QUIRK_IDS) {
    const files = [...new Set(quirkFiles.get(id) ?? [])].sort().slice(0, 3).map(code).join("<br>");
    lines.push(`| ${id} | ${QUIRKS[id].replaceAll("|", "\\|")} | ${files} |`);
  }
  lines.push(
    "",
    "## Planted rows the pipeline must reject",
    "",
    "| reason | file | sheet | row | column |",
    "| --- | --- | --- | --- | --- |",
  );
  const byReason = [...truth.planted_rejects].sort(
    (a, b) =>
      a.reason.localeCompare(b.reason) ||
      (a.source_file < b.source_file
        ? -1
        : a.source_file > b.source_file
          ? 1
          : a.source_row - b.source_row),
  );
  const superseded = byReason.filter((r) => r.reason === "superseded");
  for (const r of byReason) {
    if (r.reason === "superseded" && r !== superseded.find((s) => s.source_file === r.source_file))
      continue;
    const row =
      r.reason === "superseded"
        ? `all ${superseded.filter((s) => s.source_file === r.source_file).length} data rows`
        : r.scope === "file"
          ? `0 (whole file${r.rows && r.rows.length > 0 ? `; data rows ${r.rows[0]}–${r.rows[r.rows.length - 1]}` : ""})`
          : String(r.source_row);
    lines.push(
      `| ${r.reason} | ${code(r.source_file)} | ${r.source_sheet} | ${row} | ${r.column} |`,
    );
  }
  lines.push(
    "",
    "## Planted data-quality flags (synthetic)",
    "",
    "These factories' figures were changed on purpose so that a data-quality flag (督查, 请核实) falls on",
    "the report named: they are made up, like every figure here. Also in `sample-truth.json` (`planted_flags`).",
    "",
    "| flag | county | town | factory | report |",
    "| --- | --- | --- | --- | --- |",
    ...truth.planted_flags.map(
      (p) => `| ${p.flag} | ${p.county_id} | ${p.town_id} | ${p.factory} | ${p.period} |`,
    ),
  );
  lines.push("");
  return lines.join("\n");
}
