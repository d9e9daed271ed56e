import { addQuirk, addSheetFile, collectReport, type Collector } from "./collector";
import type { FactoryModel, SampleCounty } from "./factory-model";
import { monthEnd, monthIndex, monthPeriod } from "./periods";
import type { RenderedRow, ReportRecord } from "./render-report";
import { columnLetter, type Cell } from "./sheet";
import type { QuirkId } from "./quirks";
import { recordFor } from "./town-reports";

/** One county-wide workbook that stands in for some towns' reports of one month. */
export interface CountyWorkbookPlan {
  /** Month key, `2020-12`. */
  period: string;
  /** The towns it covers, in the order their blocks appear; their own report for the month is not sent. */
  townIds: readonly string[];
  /** Path under `<county>/`, without extension. */
  path: string;
  /** A town whose 所在镇 cell names its government (`长安镇政府`), which resolves to the town (§6). */
  governmentTown: string;
}

const HEADER = [
  "序号",
  "所在镇",
  "工厂名称",
  "统一社会信用代码",
  "所在社区",
  "行业",
  "投产时间",
  "认定时间",
  "是否龙头企业",
  "基地级别",
  "用工人数",
  "其中贫困劳动力",
  "其中搬迁群众",
  "签订一年以上劳动合同人数",
  "产值（元）",
  "工资总额（元）",
  "备注",
] as const;
const TOWN_COLUMN = 1;
const FIRST_NUMBER_COLUMN = 10;
const LAST_NUMBER_COLUMN = 15;
const SHEET_NAME = "汇总";
const PLACEHOLDER = "—";
const BASE_LEVEL_TEXT = { none: "无", county: "县级", city: "市级", province: "省级" } as const;

const dateCell = (iso: string): Cell => ({ kind: "date", iso, numFmt: "yyyy-mm-dd" });

/**
 * A county-wide .xlsx of one month: a block of rows per town whose 所在镇 cell is merged down over the
 * town's factories (only the block's first cell holds the name, §6 "merged cells in the data"), 认定时间
 * and 信用代码 left empty as `—`, and a 备注 column with remarks the pipeline ignores. `creditTowns`:
 * towns whose own reports carry credit codes (elsewhere writing one would change the factory's id).
 */
export function countyWorkbook(
  plan: CountyWorkbookPlan,
  county: SampleCounty,
  factoriesByTown: ReadonlyMap<string, FactoryModel[]>,
  creditTowns: ReadonlySet<string>,
  out: Collector,
): void {
  const [year = 0, month = 0] = plan.period.split("-").map(Number);
  const period = monthPeriod(monthIndex(year, month));
  const periodEnd = monthEnd(period.endMonth);
  const last = columnLetter(HEADER.length - 1);
  const rows: Cell[][] = [
    [`${county.name}社区工厂统计月报表（汇总）`],
    [`${year}年${month}月`],
    [...HEADER],
  ];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const quirks = new Set<QuirkId>([
    "county_workbook",
    "town_government",
    "placeholder_cells",
    "remark_text",
  ]);
  const blocks: { townId: string; townName: string; rows: RenderedRow[] }[] = [];
  let seq = 0;
  for (const townId of plan.townIds) {
    const town = county.towns.find((t) => t.town_id === townId);
    if (!town) throw new Error(`county workbook: no town ${townId} in ${county.county_id}`);
    const records = (factoriesByTown.get(townId) ?? [])
      .map((f) => recordFor(f, period))
      .filter((r): r is ReportRecord => r !== null);
    const first = rows.length + 1;
    const rendered: RenderedRow[] = [];
    records.forEach((r, i) => {
      const f = r.factory;
      seq++;
      const rowNumber = rows.length + 1;
      const townCell =
        i > 0 ? null : townId === plan.governmentTown ? `${town.name}政府` : town.name;
      rows.push([
        seq,
        townCell,
        f.name,
        (creditTowns.has(townId) ? f.creditCode : null) ?? PLACEHOLDER,
        f.community,
        f.industryRaw,
        dateCell(f.openedOn),
        f.certifiedOn !== null && f.certifiedOn <= periodEnd
          ? dateCell(f.certifiedOn)
          : PLACEHOLDER,
        f.leading ? "是" : "否",
        BASE_LEVEL_TEXT[f.baseLevel],
        r.employees,
        r.poor,
        r.relocated,
        r.contracts,
        r.output,
        r.wages,
        seq % 4 === 0 ? `含临时工${(r.employees % 5) + 1}人` : PLACEHOLDER,
      ]);
      rendered.push({ rowNumber, record: r, reject: null });
    });
    if (records.length > 1)
      merges.push(
        `${columnLetter(TOWN_COLUMN)}${first}:${columnLetter(TOWN_COLUMN)}${rows.length}`,
      );
    blocks.push({ townId, townName: town.name, rows: rendered });
  }
  const lastData = rows.length;
  const totals: Cell[] = Array<Cell>(HEADER.length).fill(null);
  totals[0] = "合计";
  for (let c = FIRST_NUMBER_COLUMN; c <= LAST_NUMBER_COLUMN; c++) {
    const letter = columnLetter(c);
    const sum = rows.slice(3, lastData).reduce((s: number, row) => {
      const cell = row[c];
      return s + (typeof cell === "number" ? cell : 0);
    }, 0);
    totals[c] = { kind: "formula", formula: `SUM(${letter}4:${letter}${lastData})`, result: sum };
  }
  rows.push(totals);
  rows.push([`填报单位：${county.name}社区工厂建设工作领导小组办公室`]);
  merges.push(`A${rows.length}:${last}${rows.length}`);

  const file = `${county.county_id}/${plan.path}.xlsx`;
  addSheetFile(
    out,
    file,
    "xlsx",
    { name: SHEET_NAME, rows, merges },
    {
      pad: true,
      encoding: "utf-8",
    },
  );
  addQuirk(out, "xlsx", file);
  blocks.forEach((block, i) => {
    const town = county.towns.find((t) => t.town_id === block.townId);
    if (!town) return;
    collectReport(
      out,
      file,
      {
        rows: block.rows,
        // The one totals row belongs to the file; count it once.
        totalsRows: i === 0 ? 1 : 0,
        blankRows: 0,
        quirks: i === 0 ? quirks : new Set(),
        personal: { names: [], phones: [], idNumbers: [] },
      },
      {
        source_file: file,
        source_sheet: SHEET_NAME,
        county_id: county.county_id,
        town_id: block.townId,
        period: period.key,
        format: "xlsx",
        encoding: null,
      },
      { county, town, period, hasContracts: true },
    );
  });
}
