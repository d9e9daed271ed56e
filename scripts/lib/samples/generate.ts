import { newCollector, type SampleFile } from "./collector";
import { countyWorkbook } from "./county-workbook";
import { extraFiles } from "./extra-files";
import {
  buildFactories,
  fillMonthlyFigures,
  type FactoryModel,
  type SampleReference,
} from "./factory-model";
import { plantFlags } from "./plant-flags";
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from "./periods";
import { createRng } from "./prng";
import { QUIRK_IDS, type QuirkId } from "./quirks";
import { renderReadme } from "./readme";
import type { Clerk } from "./render-report";
import { noticeSheet } from "./special-files";
import { COUNTY_PLANS, type CountyPlan } from "./town-plans";
import { townReports } from "./town-reports";
import { summarize, type SampleTruth, type TruthTown } from "./truth";

export type { SampleFile } from "./collector";

/** The default seed: the day Pingli's policy document was issued. */
export const DEFAULT_SEED = 20170415;

export interface SampleSet {
  /** Paths relative to the raw folder, forward slashes, sorted. */
  files: SampleFile[];
  truth: SampleTruth;
  readme: string;
  /** Data rows written, over all files. */
  dataRows: number;
  /** Every file carrying each quirk. */
  quirkFiles: Map<QuirkId, string[]>;
}

/** Throws when a planted personal string also occurs in text that is not personal data (a test could not then search for it). */
function checkPersonalDataIsDistinct(
  personal: readonly string[],
  factories: readonly FactoryModel[],
  plans: readonly CountyPlan[],
): void {
  const texts = factories.flatMap((f) => [f.name, f.community, f.industryRaw, f.creditCode ?? ""]);
  for (const town of plans.flatMap((p) => p.towns)) {
    for (const { style } of town.eras)
      texts.push(
        style.path,
        ...style.title,
        ...style.columns.map((c) => `${c.label} ${c.group ?? ""}`),
      );
  }
  const blank: Clerk = { filler: "", phone: "", reviewer: "" };
  for (const kind of ["meeting", "reporting"] as const)
    texts.push(
      ...noticeSheet(kind, "", blank)
        .rows.flat()
        .filter((c): c is string => typeof c === "string"),
    );
  const haystack = texts.join("\n");
  const clash = personal.find((value) => haystack.includes(value));
  if (clash !== undefined)
    throw new Error(`planted personal string ${clash} also occurs in non-personal text`);
}

/** Generates every sample report, the truth behind them, and the README, in memory. Pure: the same seed gives the same output. */
export function generateSamples(
  reference: SampleReference,
  seed: number = DEFAULT_SEED,
): SampleSet {
  const out = newCollector();
  const usedNames = new Set<string>();
  const factoriesByTown = new Map<string, FactoryModel[]>();
  const towns: TruthTown[] = [];
  const plans = [...COUNTY_PLANS].sort((a, b) => a.countyId.localeCompare(b.countyId));
  const resolved = plans.map((countyPlan) => {
    const county = reference.counties.find((c) => c.county_id === countyPlan.countyId);
    if (!county) throw new Error(`reference data has no county ${countyPlan.countyId}`);
    const townPlans = countyPlan.towns.map((plan) => {
      const town = county.towns.find((t) => t.town_id === plan.townId);
      if (!town)
        throw new Error(`reference data has no town ${plan.townId} in ${county.county_id}`);
      return { plan, town };
    });
    return { countyPlan, county, townPlans };
  });

  for (const { countyPlan, county, townPlans } of resolved) {
    for (const { plan, town } of townPlans) {
      const style = plan.eras[0]?.style;
      if (!style) throw new Error(`${plan.townId}: no report style`);
      const ctx = {
        county,
        countyPlan,
        town,
        plan,
        style,
        industries: reference.industries,
        usedNames,
        first: SAMPLE_FIRST_MONTH,
        last: SAMPLE_LAST_MONTH,
      };
      const factories = buildFactories(createRng(seed, `factories ${town.town_id}`), ctx);
      for (const f of factories) fillMonthlyFigures(createRng(seed, `figures ${f.key}`), f, ctx);
      factoriesByTown.set(town.town_id, factories);
    }
  }

  // Data-quality flags (督查) planted on purpose, after the figures and before any report is written.
  const plantedFlags = plantFlags(
    createRng(seed, "plant flags"),
    resolved.flatMap(({ countyPlan, townPlans }) =>
      townPlans.map(({ plan, town }) => ({
        countyId: countyPlan.countyId,
        plan,
        factories: factoriesByTown.get(town.town_id) ?? [],
      })),
    ),
  );

  const creditTowns = new Set(
    plans.flatMap((p) =>
      p.towns
        .filter((t) => t.eras.some((e) => e.style.columns.some((c) => c.kind === "credit")))
        .map((t) => t.townId),
    ),
  );

  for (const { countyPlan, county, townPlans } of resolved) {
    const inCountyWorkbook = countyPlan.countyWorkbook;
    for (const { plan, town } of townPlans) {
      const factories = factoriesByTown.get(town.town_id) ?? [];
      const before = out.truthFiles.length;
      const skip = new Set(
        inCountyWorkbook?.townIds.includes(town.town_id) ? [inCountyWorkbook.period] : [],
      );
      townReports(seed, county, town, plan, factories, out, skip);
      const first =
        out.truthFiles
          .slice(before)
          .map((f) => f.period)
          .find((p) => p !== null) ?? "";
      const formats = new Set(
        plan.eras.map((e) =>
          e.style.format === "csv"
            ? `csv ${e.style.encoding}`
            : e.style.format === "txt"
              ? "txt utf-16le tab"
              : e.style.format,
        ),
      );
      towns.push({
        county_id: county.county_id,
        town_id: town.town_id,
        name: town.name,
        cadence: plan.cadence,
        trajectory: plan.trajectory,
        first_period: first,
        gaps: [...plan.gaps],
        format: [...formats].join(", "),
      });
    }
    if (inCountyWorkbook)
      countyWorkbook(inCountyWorkbook, county, factoriesByTown, creditTowns, out);
    extraFiles(seed, reference, countyPlan, county, factoriesByTown, out);
  }

  const allFactories = [...factoriesByTown.values()].flat();
  const personal = [...out.names, ...out.phones, ...out.idNumbers];
  checkPersonalDataIsDistinct(personal, allFactories, plans);

  const { townPeriods, figures, knownFactories, newFactories } = summarize(
    out.accepted,
    SAMPLE_FIRST_MONTH,
    SAMPLE_LAST_MONTH,
  );
  const byPath = (a: { source_file: string }, b: { source_file: string }): number =>
    a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0;
  const quirkExamples: SampleTruth["quirks"] = {};
  for (const id of QUIRK_IDS) {
    const list = [...new Set(out.quirkFiles.get(id) ?? [])].sort();
    if (list.length > 0) quirkExamples[id] = list.slice(0, 5);
  }
  const truth: SampleTruth = {
    note: "Synthetic sample reports: every name, number, phone and ID number is made up. Generated by scripts/generate-samples.ts.",
    seed,
    first_period: "2017-04",
    last_period: "2020-12",
    conventions: {
      source_file: "path relative to the raw folder (data/raw), forward slashes",
      source_sheet:
        "the worksheet's name in a workbook (.xlsx, .xls; a workbook may hold several report sheets, e.g. 7月, 8月, 9月, or a 填表说明 sheet first that is no report); empty for text files and whole-file problems",
      source_row:
        "1-based line of the text file (no cell contains a line break, so line = row; a BOM does not add a line), or the 1-based row Excel shows on that worksheet; 0 for a problem with the whole file",
      files:
        "one entry per report sheet; a county-wide workbook has one entry per town it covers (same file and sheet)",
      column:
        "the header label as written in that file (for a two-row header, the lower label); empty when the whole row or file is at fault (superseded, duplicate, file-level problems)",
      file_level:
        "encoding and no_header: one entry with source_row 0 and rows []. no_period and unknown_town (a misfiled report): one entry with source_row 0 whose rows lists every data row; a pipeline may reject the file once or each of those rows",
      duplicate:
        "the second occurrence (an exact copy, apart from 序号, later in the same file) is the rejected row; the first is accepted",
      superseded:
        "every data row of the earlier file of a resubmission; the later-sorting file (…_更正.csv, …_v2.xlsx) holds the true figures",
      town_periods:
        "sums over accepted rows only, from the generator's model (not from re-reading the files); money in yuan",
      figures:
        "DATA-CONTRACT §5 at every quarter end, per county (town_id null) and per town, from the accepted rows",
      factories:
        "every factory with at least one accepted row; dates as the pipeline should read them (month-only dates are the first of the month); certified_on is the final value: earlier reports leave 认定时间 blank until certification",
      personal_data: "every personal string written into any file; none may appear in any output",
      planted_flags:
        "synthetic: figures changed on purpose so that a data-quality flag (督查) should fall on this factory's report for this month; factory is the factory's name",
    },
    towns,
    files: [...out.truthFiles].sort(byPath),
    planted_flags: plantedFlags,
    planted_rejects: [...out.planted].sort((a, b) => byPath(a, b) || a.source_row - b.source_row),
    personal_data: {
      names: [...out.names].sort(),
      phones: [...out.phones].sort(),
      id_numbers: [...out.idNumbers].sort(),
    },
    quirks: quirkExamples,
    factories: knownFactories
      .map(({ factory: f, last }) => ({
        county_id: f.countyId,
        town_id: f.townId,
        name: f.name,
        credit_code: creditTowns.has(f.townId) ? f.creditCode : null,
        community: f.community,
        industry: f.industryCode,
        industry_raw: f.industryRaw,
        opened_on: f.openedOn,
        certified_on: f.certifiedOn,
        leading: f.leading,
        base_level: f.baseLevel,
        last_period: last.key,
        closed: f.lastMonth !== null,
      }))
      .sort(
        (a, b) =>
          a.town_id.localeCompare(b.town_id) ||
          a.opened_on.localeCompare(b.opened_on) ||
          a.name.localeCompare(b.name),
      ),
    new_factories: newFactories,
    town_periods: townPeriods,
    figures,
  };
  const files = [...out.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    truth,
    readme: renderReadme(truth, out.quirkFiles),
    dataRows: out.dataRows,
    quirkFiles: out.quirkFiles,
  };
}
