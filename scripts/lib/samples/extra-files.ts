import { addSheetFile, extension, type Collector } from "./collector";
import type { FactoryModel, SampleCounty, SampleReference } from "./factory-model";
import { fakeMobile, fakeName } from "./fake-identity";
import { monthIndex, monthPeriod } from "./periods";
import { createRng } from "./prng";
import { renderReport, type Clerk, type Report, type ReportRecord } from "./render-report";
import type { ReportStyle } from "./report-style";
import { noticeSheet } from "./special-files";
import type { CountyPlan } from "./town-plans";
import { recordFor } from "./town-reports";

/** Files that are not one town's report for one period: notices (no_header), a roster (no_period), a misfiled report (unknown_town). */
export function extraFiles(
  seed: number,
  reference: SampleReference,
  countyPlan: CountyPlan,
  county: SampleCounty,
  factoriesByTown: Map<string, FactoryModel[]>,
  out: Collector,
): void {
  for (const extra of countyPlan.extras) {
    const rng = createRng(seed, `extra ${county.county_id} ${extra.path}`);
    if (extra.kind === "no_header") {
      const contact: Clerk = { filler: fakeName(rng), phone: fakeMobile(rng), reviewer: "" };
      const sheet = noticeSheet(
        extra.format === "csv" ? "meeting" : "reporting",
        county.name,
        contact,
      );
      const file = `${county.county_id}/${extra.path}${extension(extra.format)}`;
      const encoding = addSheetFile(out, file, extra.format, sheet, {
        pad: false,
        encoding: "gb18030",
      });
      out.names.add(contact.filler);
      out.phones.add(contact.phone);
      out.planted.push({
        source_file: file,
        source_sheet: "",
        source_row: 0,
        column: "",
        reason: "no_header",
        scope: "file",
        rows: [],
      });
      out.truthFiles.push({
        source_file: file,
        source_sheet: "",
        county_id: county.county_id,
        town_id: null,
        period: null,
        format: extra.format,
        encoding,
        data_rows: 0,
        accepted_rows: 0,
        rejected_rows: 0,
        totals_rows: 0,
        blank_rows: 0,
      });
      continue;
    }
    const fromCounty =
      extra.kind === "unknown_town"
        ? reference.counties.find((c) => c.county_id === extra.fromCounty)
        : county;
    const townId = extra.kind === "unknown_town" ? extra.fromTown : extra.townId;
    const town = fromCounty?.towns.find((t) => t.town_id === townId);
    const factories = factoriesByTown.get(townId);
    if (!fromCounty || !town || !factories)
      throw new Error(`extra file ${extra.path}: unknown town ${townId}`);
    const period =
      extra.kind === "unknown_town"
        ? monthPeriod(
            monthIndex(Number(extra.period.slice(0, 4)), Number(extra.period.slice(5, 7))),
          )
        : monthPeriod(monthIndex(2019, 6));
    const records = factories
      .map((f) => recordFor(f, period))
      .filter((r): r is ReportRecord => r !== null);
    const style: ReportStyle = {
      format: "csv",
      encoding: extra.kind === "unknown_town" ? "gb18030" : "utf-8",
      path: extra.path,
      columns: [
        { kind: "seq", label: "序号" },
        { kind: "name", label: "工厂名称" },
        { kind: "community", label: "所在社区" },
        { kind: "industry", label: "行业" },
        { kind: "opened", label: "投产时间" },
        { kind: "employees", label: "用工人数" },
        { kind: "poor", label: "其中贫困劳动力" },
        { kind: "relocated", label: "其中搬迁群众" },
        ...(extra.kind === "unknown_town"
          ? ([
              { kind: "output", label: "产值（元）" },
              { kind: "wages", label: "工资总额（元）" },
            ] as const)
          : []),
      ],
      twoRowHeader: false,
      // A roster has no period anywhere; the misfiled report names its (foreign) town only in the title.
      title:
        extra.kind === "unknown_town"
          ? [`${town.name}社区工厂统计月报表`, "{yyyy}年{m}月"]
          : [`${town.name}社区工厂名录`],
      notes: false,
      periodText: "",
      townText: "full",
      dates: "iso",
      leading: "是否",
      output: "yuan",
      wages: "yuan",
      counts: "plain",
      totals: "合计",
      blankRows: null,
      pad: true,
      placeholder: null,
      instructions: false,
      sheetName: "Sheet1",
      quarterWorkbook: false,
    };
    const report: Report = {
      county: fromCounty,
      town,
      style,
      period,
      records,
      clerk: { filler: "", phone: "", reviewer: "" },
      filledAfterDays: 5,
    };
    const rendered = renderReport(report, rng, { format: "csv", allRowsReason: extra.kind });
    const file = `${county.county_id}/${extra.path}.csv`;
    const encoding = addSheetFile(out, file, "csv", rendered.sheet, style);
    out.planted.push({
      source_file: file,
      source_sheet: "",
      source_row: 0,
      column: "",
      reason: extra.kind,
      scope: "file",
      rows: rendered.rows.map((r) => r.rowNumber),
    });
    out.truthFiles.push({
      source_file: file,
      source_sheet: "",
      county_id: county.county_id,
      town_id: extra.kind === "no_period" ? town.town_id : null,
      period: extra.kind === "unknown_town" ? period.key : null,
      format: "csv",
      encoding,
      data_rows: rendered.rows.length,
      accepted_rows: 0,
      rejected_rows: rendered.rows.length,
      totals_rows: rendered.totalsRows,
      blank_rows: 0,
    });
    out.dataRows += rendered.rows.length;
  }
}
