import { addQuirk, addSheetFile, collectReport, extension, type Collector } from "./collector";
import type { FactoryModel, SampleCounty, SampleTown } from "./factory-model";
import { fakeMobile, fakeName } from "./fake-identity";
import {
  SAMPLE_FIRST_MONTH,
  SAMPLE_LAST_MONTH,
  fillTemplate,
  monthIndex,
  periodContaining,
  periodsBetween,
  yearOf,
  type Period,
} from "./periods";
import { createRng, type Rng } from "./prng";
import {
  renderReport,
  type Clerk,
  type Corruption,
  type Report,
  type ReportRecord,
} from "./render-report";
import { isWorkbook, type ReportStyle } from "./report-style";
import { instructionsSheet } from "./special-files";
import type { Plant, TownPlan } from "./town-plans";

const styleAt = (plan: TownPlan, period: Period): ReportStyle => {
  let current = plan.eras[0]?.style;
  for (const era of plan.eras) {
    const from = monthIndex(Number(era.from.slice(0, 4)), Number(era.from.slice(5, 7)));
    if (from <= period.startMonth) current = era.style;
  }
  if (!current) throw new Error(`${plan.townId}: no report style`);
  return current;
};

/** One factory's row for a period, or null when it is not operating at the period's end. */
export function recordFor(f: FactoryModel, period: Period): ReportRecord | null {
  if (f.openMonth > period.endMonth) return null;
  if (f.lastMonth !== null && f.lastMonth < period.endMonth) return null;
  const end = f.monthly.get(period.endMonth);
  if (!end) return null;
  let output = 0;
  let wages = 0;
  for (let m = period.startMonth; m <= period.endMonth; m++) {
    output += f.monthly.get(m)?.output ?? 0;
    wages += f.monthly.get(m)?.wages ?? 0;
  }
  const fromMonth = Math.max(f.openMonth, monthIndex(yearOf(period.endMonth), 1));
  return {
    factory: f,
    employees: end.employees,
    female: end.female,
    poor: end.poor,
    relocated: end.relocated,
    contracts: end.contracts,
    output,
    wages,
    monthsOperating: period.endMonth - fromMonth + 1,
  };
}

/** The cell a planted row problem writes, by plant kind. */
function corruptionFor(kind: Plant["kind"], record: ReportRecord, rng: Rng): Corruption | null {
  switch (kind) {
    case "missing_name":
      return { column: "name", value: "", reason: "missing_required" };
    case "missing_employees":
      return { column: "employees", value: "", reason: "missing_required" };
    case "bad_number_employees":
      return {
        column: "employees",
        value: `约${Math.round(record.employees / 10) * 10}`,
        reason: "bad_number",
      };
    case "bad_number_output":
      return { column: "output", value: "N/A", reason: "bad_number" };
    case "bad_date_opened":
      return { column: "opened", value: "2017-13-45", reason: "bad_date" };
    case "bad_date_certified":
      return { column: "certified", value: "2019/2/30", reason: "bad_date" };
    case "negative_employees":
      return { column: "employees", value: -record.employees, reason: "negative" };
    case "negative_poor":
      return { column: "poor", value: -rng.int(2, 5), reason: "negative" };
    case "inconsistent":
      return { column: "poor", value: record.employees + rng.int(3, 8), reason: "inconsistent" };
    case "unknown_town":
      return { column: "town", value: "东坝镇", reason: "unknown_town" };
    case "placeholder_employees":
      return { column: "employees", value: "—", reason: "missing_required" };
    case "words_employees":
      return {
        column: "employees",
        value: `${record.employees}（含临时工${rng.int(2, 5)}人）`,
        reason: "bad_number",
      };
    case "accounting_negative_output":
      return {
        column: "output",
        value: `(${String(record.output).replace(/\B(?=(\d{3})+(?!\d))/g, ",")})`,
        reason: "negative",
      };
    default:
      return null;
  }
}

/**
 * Every report one town sends, with its planted problems, added to the collector. Periods in `skip`
 * are sent another way (in the county-wide workbook).
 */
export function townReports(
  seed: number,
  county: SampleCounty,
  town: SampleTown,
  plan: TownPlan,
  factories: FactoryModel[],
  out: Collector,
  skip: ReadonlySet<string> = new Set(),
): void {
  const clerkRng = createRng(seed, `clerk ${town.town_id}`);
  const clerks: Clerk[] = [0, 1].map(() => ({
    filler: fakeName(clerkRng),
    phone: fakeMobile(clerkRng),
    reviewer: fakeName(clerkRng),
  }));
  const hasContracts = (style: ReportStyle): boolean =>
    style.columns.some((c) => c.kind === "contracts");
  const previousStyles = new Set<ReportStyle>();
  for (const period of periodsBetween(plan.cadence, SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH)) {
    if (plan.gaps.includes(period.key) || skip.has(period.key)) continue;
    const records = factories
      .map((f) => recordFor(f, period))
      .filter((r): r is ReportRecord => r !== null);
    if (records.length === 0) continue;
    const style = styleAt(plan, period);
    const rng = createRng(seed, `report ${town.town_id} ${period.key}`);
    const report: Report = {
      county,
      town,
      style,
      period,
      records,
      clerk: (period.startMonth < monthIndex(2019, 7) ? clerks[0] : clerks[1]) ?? {
        filler: "",
        phone: "",
        reviewer: "",
      },
      filledAfterDays: rng.int(3, 10),
    };
    // A quarter workbook is named for its quarter; each month is a sheet of it.
    const filePeriod = style.quarterWorkbook
      ? periodContaining("quarterly", period.startMonth)
      : period;
    const path = `${county.county_id}/${fillTemplate(style.path, filePeriod)}`;
    const sheetOf = (sheet: { name: string }): string =>
      isWorkbook(style.format) ? sheet.name : "";
    // The 填表说明 sheet goes first, once per workbook.
    const before =
      style.instructions && !out.files.some((f) => f.path === path)
        ? [instructionsSheet(county.name)]
        : [];
    const plants = plan.plants.filter((p) => p.period === period.key);
    const corruptions = new Map<number, Corruption>();
    let duplicateIndex: number | undefined;
    let yiIndex: number | undefined;
    for (const plant of plants) {
      const index = rng.int(0, records.length - 1);
      const target = records[index];
      if (!target) continue;
      const corruption = corruptionFor(plant.kind, target, rng);
      if (corruption) corruptions.set(index, corruption);
      if (plant.kind === "duplicate") duplicateIndex = index;
      if (plant.kind === "yi_suffix") {
        // The clerk wrote the largest output in 亿; the truth is that figure, so round it to what 亿 with four decimals can say.
        const largest = records.reduce(
          (best, r, i) => (r.output > (records[best]?.output ?? 0) ? i : best),
          0,
        );
        const big = records[largest];
        if (big) {
          records[largest] = { ...big, output: Math.round(big.output / 10000) * 10000 };
          yiIndex = largest;
        }
      }
    }
    const ctx = { county, town, period, hasContracts: hasContracts(style) };
    const meta = {
      county_id: county.county_id,
      town_id: town.town_id,
      period: period.key,
      format: style.format,
    };
    const renderOptions = {
      format: style.format,
      corruptions,
      ...(duplicateIndex === undefined ? {} : { duplicateIndex }),
      ...(yiIndex === undefined ? {} : { yiIndex }),
    };

    if (plants.some((p) => p.kind === "encoding")) {
      const file = `${path}.csv`;
      const rendered = renderReport(report, rng, { format: "csv" });
      addSheetFile(out, file, "csv", rendered.sheet, style, true);
      out.planted.push({
        source_file: file,
        source_sheet: "",
        source_row: 0,
        column: "",
        reason: "encoding",
        scope: "file",
        rows: [],
      });
      out.truthFiles.push({
        ...meta,
        format: "csv",
        source_file: file,
        source_sheet: "",
        encoding: "invalid",
        data_rows: 0,
        accepted_rows: 0,
        rejected_rows: 0,
        totals_rows: 0,
        blank_rows: 0,
      });
      continue;
    }

    if (plants.some((p) => p.kind === "resubmission")) {
      // The first file had typos in two head counts and one output figure; the resubmission corrects them.
      const wrong = records.map((r, i) =>
        i === 0
          ? { ...r, employees: r.employees + 9 }
          : i === 1
            ? { ...r, employees: r.employees + 10, output: r.output + 10000 }
            : r,
      );
      const firstFile = `${path}${extension(style.format)}`;
      const first = renderReport({ ...report, records: wrong }, rng, {
        format: style.format,
        allRowsReason: "superseded",
      });
      const firstEncoding = addSheetFile(
        out,
        firstFile,
        style.format,
        first.sheet,
        style,
        false,
        before,
      );
      collectReport(
        out,
        firstFile,
        first,
        {
          ...meta,
          source_file: firstFile,
          source_sheet: sheetOf(first.sheet),
          encoding: firstEncoding,
        },
        ctx,
      );
      const secondFile = `${path}${style.format === "csv" ? "_更正" : "_v2"}${extension(style.format)}`;
      const second = renderReport(report, rng, renderOptions);
      const secondEncoding = addSheetFile(
        out,
        secondFile,
        style.format,
        second.sheet,
        style,
        false,
        before,
      );
      collectReport(
        out,
        secondFile,
        second,
        {
          ...meta,
          source_file: secondFile,
          source_sheet: sheetOf(second.sheet),
          encoding: secondEncoding,
        },
        ctx,
      );
      addQuirk(out, "resubmission", firstFile);
      addQuirk(out, "resubmission", secondFile);
      continue;
    }

    const file = `${path}${extension(style.format)}`;
    const rendered = renderReport(report, rng, renderOptions);
    const encoding = addSheetFile(out, file, style.format, rendered.sheet, style, false, before);
    collectReport(
      out,
      file,
      rendered,
      { ...meta, source_file: file, source_sheet: sheetOf(rendered.sheet), encoding },
      ctx,
    );
    if (previousStyles.size > 0 && !previousStyles.has(style))
      addQuirk(out, "header_synonyms_change", file);
    previousStyles.add(style);
  }
}
