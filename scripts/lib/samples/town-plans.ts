import type { Cadence } from "./periods";
import type { CountyWorkbookPlan } from "./county-workbook";
import { columns, type ReportStyle, type StyleEra } from "./report-style";

/** Where a town stands against its task at the deadline, by design of the samples. */
export type Trajectory = "ahead" | "on_track" | "behind";

/**
 * A planted problem in one report. Row-level kinds corrupt one row of the report (the row of a real
 * factory, which is then rejected); `duplicate` repeats a row; `resubmission` sends the period twice;
 * `encoding` garbles the whole file; `yi_suffix` writes one output cell in 亿 (a quirk, not an error).
 * DATA-CONTRACT §6: `placeholder_employees` writes — in 用工人数 (missing_required, never zero);
 * `words_employees` a number with words, 45（含临时工3人） (bad_number); `accounting_negative_output` an
 * output in accounting brackets, (1,234,500) (negative).
 */
export type PlantKind =
  | "missing_name"
  | "missing_employees"
  | "bad_number_employees"
  | "bad_number_output"
  | "bad_date_opened"
  | "bad_date_certified"
  | "negative_employees"
  | "negative_poor"
  | "inconsistent"
  | "duplicate"
  | "unknown_town"
  | "resubmission"
  | "encoding"
  | "yi_suffix"
  | "placeholder_employees"
  | "words_employees"
  | "accounting_negative_output";

export interface Plant {
  /** Period key: `2018-06` or `2018Q2`. */
  period: string;
  kind: PlantKind;
}

/** How one town's factories and reports are generated. */
export interface TownPlan {
  townId: string;
  cadence: Cadence;
  /** Factories opened in 2015–2016, before the programme. */
  initial: number;
  /** New factories opened in 2017, 2018, 2019, 2020. */
  openings: readonly [number, number, number, number];
  /** Quarters (`2019Q1`) at whose end one factory closes and stops appearing. */
  closures: readonly string[];
  /** How many of its factories are leading enterprises. */
  leading: number;
  /** Multiplies factory sizes: a town ahead of its task has bigger factories. */
  scale: number;
  trajectory: Trajectory;
  /** Periods with no report sent (a town that stops reporting for a while). */
  gaps: readonly string[];
  eras: readonly StyleEra[];
  plants: readonly Plant[];
}

/** A file that is not one town's report for one period (a notice, a roster, a misfiled report). */
export type ExtraFile =
  | { kind: "no_header"; path: string; format: "csv" | "xlsx" }
  | { kind: "no_period"; townId: string; path: string }
  | { kind: "unknown_town"; fromCounty: string; fromTown: string; period: string; path: string };

export interface CountyPlan {
  countyId: string;
  /** Size of an ordinary factory (employees at capacity) and of a leading one. */
  capacity: { min: number; max: number; leadingMin: number; leadingMax: number };
  /** Share of poor workers in a factory's staff. */
  poorShare: { min: number; max: number };
  /** Industry codes (of data/reference/industries.json) with weights. */
  industries: Readonly<Record<string, number>>;
  towns: readonly TownPlan[];
  extras: readonly ExtraFile[];
  /** A county-wide workbook standing in for some towns' reports of one month. */
  countyWorkbook?: CountyWorkbookPlan;
}

/** Defaults every style starts from: a GB18030 CSV as Excel on Chinese Windows writes it. */
const BASE: ReportStyle = {
  format: "csv",
  encoding: "gb18030",
  path: "",
  columns: [],
  twoRowHeader: false,
  title: [],
  notes: false,
  periodText: "{yyyy}年{m}月",
  townText: "full",
  dates: "iso",
  leading: "是否",
  output: "yuan",
  wages: "yuan",
  counts: "plain",
  totals: "合计",
  blankRows: "padded",
  pad: true,
  placeholder: null,
  instructions: false,
  sheetName: "Sheet1",
  quarterWorkbook: false,
};

const style = (s: Partial<ReportStyle>): ReportStyle => ({ ...BASE, ...s });
const only = (s: Partial<ReportStyle>): StyleEra[] => [{ from: "2017-04", style: style(s) }];
/** A town's style, changed from a period on (`later` overrides `first`; `until` returns to `first`). */
const changes = (
  first: Partial<ReportStyle>,
  from: string,
  later: Partial<ReportStyle>,
  until?: string,
): StyleEra[] => [
  { from: "2017-04", style: style(first) },
  { from, style: style({ ...first, ...later }) },
  ...(until === undefined ? [] : [{ from: until, style: style(first) }]),
];

const EMPLOYMENT_GROUP =
  "employees=用工人数@用工情况|poor=其中贫困劳动力@用工情况|relocated=其中搬迁群众@用工情况";

const PINGLI_2017 = columns(
  "seq=序号|name=工厂名称|credit=统一社会信用代码|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|" +
    `leading=是否龙头企业|base=就业扶贫基地级别|${EMPLOYMENT_GROUP}|contracts=签订一年以上劳动合同人数|` +
    "output=产值（元）|wages=工资总额（元）|months=本年生产月数|remark=备注",
);

// The county's 2019 template: new names for most columns, money in 万元, a period column.
const PINGLI_2019 = columns(
  "seq=序号|name=社区工厂名称|credit=信用代码|community=安置社区|industry=产业类别|opened=建成投产时间|certified=认定日期|" +
    "leading=龙头企业|base=基地级别|employees=吸纳就业人数|poor=建档立卡贫困劳动力|relocated=易地搬迁劳动力|" +
    "contracts=一年以上合同人数|output=当期产值（万元）|wages=发放工资（万元）|months=生产经营月数|period=报告期",
);

const PINGLI: CountyPlan = {
  countyId: "pingli",
  capacity: { min: 24, max: 86, leadingMin: 95, leadingMax: 135 },
  poorShare: { min: 0.3, max: 0.5 },
  industries: {
    knitting_garments: 3,
    electronics: 3,
    wire_harness: 2,
    shoes_socks_gloves: 2,
    handicrafts: 2,
    electromechanical: 1,
    food_agri: 1,
    plush_toys: 1,
  },
  towns: [
    {
      townId: "pingli-chengguan",
      cadence: "monthly",
      initial: 6,
      openings: [3, 3, 2, 1],
      closures: ["2019Q1"],
      leading: 2,
      scale: 1.1,
      trajectory: "ahead",
      gaps: [],
      eras: [
        {
          from: "2017-04",
          style: style({
            path: "城关镇/{yyyy}-{mm}",
            columns: PINGLI_2017,
            twoRowHeader: true,
            title: [
              "平利县城关镇社区工厂统计月报表",
              "（{yyyy}年{m}月）",
              "填报单位：城关镇人民政府",
            ],
            notes: true,
            output: "yuan-thousands",
            wages: "yuan-thousands",
          }),
        },
        {
          from: "2019-01",
          style: style({
            path: "城关镇/{yyyy}-{mm}",
            columns: PINGLI_2019,
            title: [
              "平利县城关镇社区工厂统计月报表",
              "（{yyyy}年{m}月）",
              "填报单位：城关镇人民政府",
            ],
            notes: true,
            output: "wan",
            wages: "wan",
          }),
        },
      ],
      plants: [
        { period: "2018-06", kind: "resubmission" },
        { period: "2019-07", kind: "bad_date_opened" },
      ],
    },
    {
      townId: "pingli-xinglong",
      cadence: "quarterly",
      initial: 3,
      openings: [2, 2, 2, 0],
      closures: [],
      leading: 1,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: changes(
        {
          format: "xlsx",
          path: "兴隆镇/兴隆镇社区工厂{yyyy}年{cnq}季度",
          columns: columns(
            "seq=序号|name=工厂名称|town=所在镇|community=所在安置点|industry=行业类别|opened=投产时间|certified=认定时间|" +
              `leading=是否龙头企业|base=就业扶贫基地级别|${EMPLOYMENT_GROUP}|contracts=签订一年以上劳动合同人数|` +
              "output=产值（元）|wages=工资总额（元）|months=本年生产月数|manager=负责人|phone=联系电话",
          ),
          twoRowHeader: true,
          title: ["平利县兴隆镇社区工厂统计季报表", "{yyyy}年第{cnq}季度"],
          notes: true,
          dates: "xlsx-date",
          leading: "√",
        },
        // From 2020 the town fills in the county's template, its 填表说明 sheet still first.
        "2020-01",
        { instructions: true, sheetName: "报表" },
      ),
      plants: [{ period: "2018Q4", kind: "inconsistent" }],
    },
    {
      townId: "pingli-laoxian",
      cadence: "monthly",
      initial: 5,
      openings: [2, 3, 2, 1],
      closures: ["2018Q3"],
      leading: 2,
      scale: 1.1,
      trajectory: "ahead",
      gaps: [],
      eras: changes(
        {
          encoding: "utf-8-bom",
          path: "老县镇/{yyyy}{mm}",
          columns: columns(
            "name=企业名称|town=镇|community=安置点|industry=主营产品|opened=投产日期|certified=认定日期|leading=龙头企业|" +
              "base=基地级别|employees=就业人数|poor=贫困劳动力|relocated=搬迁群众|contracts=一年以上合同人数|" +
              "output=本期产值|wages=务工收入|months=生产经营月数|period=报告期|manager=负责人|phone=联系电话",
          ),
          townText: "short",
          dates: "slash",
          leading: "YN",
          output: "wan-suffix",
          wages: "yuan-suffix",
          totals: null,
          blankRows: "empty",
        },
        // The third quarter of 2019 came as one workbook, a sheet per month named only 7月, 8月, 9月 (§6).
        "2019-07",
        {
          format: "xlsx",
          path: "老县镇/老县镇{yyyy}年{cnq}季度",
          columns: columns(
            "name=企业名称|town=镇|community=安置点|industry=主营产品|opened=投产日期|certified=认定日期|leading=龙头企业|" +
              "base=基地级别|employees=就业人数|poor=贫困劳动力|relocated=搬迁群众|contracts=一年以上合同人数|" +
              "output=本期产值（元）|wages=务工收入（元）|months=生产经营月数|remark=备注",
          ),
          title: ["平利县老县镇社区工厂统计月报表"],
          dates: "xlsx-date",
          output: "yuan",
          wages: "yuan",
          totals: "合计",
          blankRows: null,
          placeholder: "无",
          sheetName: "{m}月",
          quarterWorkbook: true,
        },
        "2019-10",
      ),
      plants: [
        { period: "2018-03", kind: "missing_name" },
        { period: "2019-08", kind: "duplicate" },
        { period: "2019-09", kind: "words_employees" },
      ],
    },
    {
      townId: "pingli-dagui",
      cadence: "quarterly",
      initial: 4,
      openings: [2, 2, 1, 1],
      closures: ["2019Q2"],
      leading: 1,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        path: "大贵镇/{yyyy}Q{q}",
        columns: columns(
          "seq=序号|name=工厂名称|credit=统一社会信用代码|community=所在社区|industry=行业|opened=投产时间|" +
            "certified=认定时间|leading=是否龙头企业|base=基地级别|employees=用工总数|poor=其中建档立卡|" +
            "relocated=搬迁群众|output=产值|wages=工资总额|months=本年生产月数",
        ),
        title: ["平利县大贵社区工厂{yyyy}年{cnq}季度统计表"],
        notes: true,
        dates: "cn-month",
        output: "mixed-suffix",
        counts: "full-width",
        totals: "总计",
      }),
      plants: [{ period: "2019Q4", kind: "yi_suffix" }],
    },
    {
      townId: "pingli-sanyang",
      cadence: "monthly",
      initial: 3,
      openings: [1, 2, 2, 0],
      closures: [],
      leading: 1,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: changes(
        {
          encoding: "utf-8",
          path: "三阳镇/三阳镇_{yyyy}{mm}",
          columns: columns(
            "seq=序号|name=社区工厂名称|town=镇|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|" +
              "leading=是否龙头企业|base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|" +
              "contracts=签订一年以上劳动合同人数|output=产值（元）|wages=发放工资|months=本年生产月数",
          ),
          dates: "dot-month",
        },
        // From July 2020 the clerk saves Excel's "Unicode text" (.txt: UTF-16, tabs), dashes in blank cells.
        "2020-07",
        { format: "txt", placeholder: "—" },
      ),
      plants: [
        { period: "2018-09", kind: "bad_number_employees" },
        { period: "2019-11", kind: "unknown_town" },
        { period: "2020-08", kind: "placeholder_employees" },
      ],
    },
    {
      townId: "pingli-luohe",
      cadence: "monthly",
      initial: 3,
      openings: [2, 2, 2, 1],
      closures: [],
      leading: 1,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        format: "xlsx",
        path: "洛河镇/洛河镇{yyyy}年{m}月社区工厂报表",
        columns: columns(
          "seq=序号|name=工厂（车间）名称|community=所在安置点|industry=主营产品|opened=投产时间|certified=认定时间|" +
            "leading=是否龙头企业|base=就业扶贫基地级别|male=男工|female=女工|employees=用工人数|poor=其中贫困劳动力|" +
            "relocated=其中搬迁群众|contracts=签订一年以上劳动合同人数|output=产值(万元)|wages=工资总额(万元)|months=本年生产月数",
        ),
        title: ["平利县洛河镇社区工厂统计月报表", "{yyyy}年{m}月", "填报单位：洛河镇人民政府"],
        notes: true,
        dates: "xlsx-date-cn",
        output: "wan",
        wages: "wan",
      }),
      plants: [],
    },
    {
      townId: "pingli-guangfo",
      cadence: "quarterly",
      initial: 3,
      openings: [2, 1, 2, 0],
      closures: ["2020Q2"],
      leading: 1,
      scale: 0.95,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        path: "广佛镇/广佛镇{yyyy}年第{cnq}季度社区工厂报表",
        columns: columns(
          "seq=序号|name=企业名称|credit=信用代码|town=镇（街道）|community=安置社区|industry=产业类别|" +
            "opened=建成投产时间|certified=认定日期|leading=是否龙头企业|base=就业扶贫基地级别|employees=吸纳就业人数|" +
            "poor=建档立卡贫困劳动力|relocated=易地搬迁劳动力|contracts=签订一年以上劳动合同人数|output=当期产值|" +
            "wages=工资总额|months=本年生产月数|legal=法人代表|idno=身份证号",
        ),
        title: ["平利县广佛镇社区工厂统计季报表", "（{yyyy}年第{cnq}季度）"],
        notes: true,
        dates: "cn-day",
        output: "yuan-thousands",
        wages: "yuan-thousands",
        totals: "小计",
      }),
      plants: [],
    },
    {
      townId: "pingli-baxian",
      cadence: "quarterly",
      initial: 2,
      openings: [1, 1, 1, 0],
      closures: [],
      leading: 0,
      scale: 0.8,
      trajectory: "behind",
      gaps: [],
      eras: only({
        encoding: "utf-8-bom",
        path: "八仙镇/八仙{yyyy}Q{q}",
        columns: columns(
          "seq=序号|name=工厂名称|community=安置点|industry=行业类别|opened=投产日期|certified=认定时间|leading=龙头企业|" +
            "base=基地级别|employees=就业人数|poor=贫困劳动力|relocated=搬迁群众|contracts=一年以上合同人数|" +
            "output=产值（万元）|wages=发放工资|months=生产经营月数|period=统计期",
        ),
        title: ["八仙镇社区工厂统计表"],
        periodText: "{yyyy}年{cnq}季度",
        dates: "excel-serial",
        leading: "√",
        output: "wan",
        blankRows: null,
      }),
      plants: [],
    },
    {
      townId: "pingli-changan",
      cadence: "monthly",
      initial: 3,
      openings: [2, 2, 2, 1],
      closures: ["2017Q4"],
      leading: 1,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        path: "长安镇/长安镇{yyyy}年{m}月",
        columns: columns(
          "seq=序号|name=工厂名称|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|leading=是否龙头企业|" +
            `base=就业扶贫基地级别|${EMPLOYMENT_GROUP}|contracts=签订一年以上劳动合同人数|output=产值（元）|` +
            "wages=工资总额（元）|months=本年生产月数",
        ),
        twoRowHeader: true,
        title: ["长安镇社区工厂月报表", "{yyyy}年{m}月"],
        notes: true,
        output: "yuan-spaces",
        counts: "spaces",
        blankRows: "empty",
        pad: false,
      }),
      plants: [{ period: "2019-04", kind: "negative_employees" }],
    },
    {
      townId: "pingli-zhengyang",
      cadence: "quarterly",
      initial: 1,
      openings: [0, 1, 1, 0],
      closures: [],
      leading: 0,
      scale: 0.8,
      trajectory: "behind",
      gaps: ["2018Q3", "2018Q4"],
      eras: changes(
        {
          format: "xlsx",
          path: "正阳镇/正阳镇社区工厂{yyyy}年{cnq}季度",
          columns: columns(
            "seq=序号|name=社区工厂名称|town=所属镇|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|" +
              "leading=龙头企业|base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|" +
              "contracts=签订一年以上劳动合同人数|output=产值（元）|wages=工资总额（元）|months=本年生产月数|period=统计期",
          ),
          title: ["平利县正阳镇社区工厂统计季报表"],
          periodText: "{yyyy}Q{q}",
          notes: true,
          dates: "xlsx-date",
          leading: "YN",
        },
        // From 2020 an old office PC saves Excel 97–2003 workbooks, 无 in empty cells, and a 备注 column.
        "2020-01",
        {
          format: "xls",
          columns: columns(
            "seq=序号|name=社区工厂名称|town=所属镇|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|" +
              "leading=龙头企业|base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|" +
              "contracts=签订一年以上劳动合同人数|output=产值（元）|wages=工资总额（元）|months=本年生产月数|period=统计期|" +
              "remark=备注",
          ),
          dates: "iso",
          placeholder: "无",
        },
      ),
      plants: [{ period: "2020Q2", kind: "accounting_negative_output" }],
    },
    {
      townId: "pingli-xihe",
      cadence: "quarterly",
      initial: 2,
      openings: [1, 2, 1, 1],
      closures: [],
      leading: 0,
      scale: 0.9,
      trajectory: "behind",
      gaps: [],
      eras: only({
        encoding: "utf-8",
        path: "报表{yyyy}/西河镇{yyyy}年{cnq}季度报表",
        columns: columns(
          "seq=序号|name=工厂名称|credit=统一社会信用代码|town=所在镇|community=所在社区|industry=行业|opened=投产时间|" +
            "certified=认定时间|leading=是否龙头企业|base=就业扶贫基地级别|employees=用工人数|poor=其中贫困劳动力|" +
            "relocated=其中搬迁群众|output=产值（元）|wages=工资总额（元）|months=本年生产月数",
        ),
        title: ["西河镇社区工厂统计季报表", "{yyyy}年{cnq}季度"],
        notes: true,
      }),
      plants: [],
    },
  ],
  extras: [
    { kind: "no_header", path: "关于报送2019年社区工厂统计报表的通知", format: "xlsx" },
    { kind: "no_period", townId: "pingli-xihe", path: "西河镇社区工厂名录" },
    {
      kind: "unknown_town",
      fromCounty: "hanyin",
      fromTown: "hanyin-jianchi",
      period: "2019-03",
      path: "涧池镇社区工厂2019年3月报表",
    },
  ],
  // December 2020: the county office collected four monthly towns' reports into one workbook.
  countyWorkbook: {
    period: "2020-12",
    townIds: ["pingli-chengguan", "pingli-laoxian", "pingli-sanyang", "pingli-changan"],
    path: "平利县社区工厂2020年12月汇总表",
    governmentTown: "pingli-changan",
  },
};

// Hanyin 城关镇 renames its name and head-count columns in 2020 (header synonyms change over time).
const HANYIN_CHENGGUAN = (name: string, people: string): ReportStyle =>
  style({
    path: "城关镇/{yyyy}-{mm}",
    columns: columns(
      `seq=序号|name=${name}|credit=统一社会信用代码|community=所在社区|industry=主营产品|opened=投产时间|` +
        `certified=认定时间|leading=是否龙头企业|base=基地级别|${people}|contracts=签订一年以上劳动合同人数|` +
        "output=产值（万元）|wages=工资总额（万元）|months=本年生产月数|legal=法人代表|idno=身份证号|phone=联系电话",
    ),
    title: ["汉阴县城关镇社区工厂统计月报表", "（{yyyy}年{m}月）", "填报单位：城关镇人民政府"],
    notes: true,
    output: "wan",
    wages: "wan",
  });

const HANYIN: CountyPlan = {
  countyId: "hanyin",
  capacity: { min: 13, max: 32, leadingMin: 42, leadingMax: 62 },
  poorShare: { min: 0.38, max: 0.56 },
  industries: {
    plush_toys: 6,
    wire_harness: 2,
    knitting_garments: 1,
    shoes_socks_gloves: 1,
    electronics: 1,
    handicrafts: 1,
  },
  towns: [
    {
      townId: "hanyin-chengguan",
      cadence: "monthly",
      initial: 2,
      openings: [1, 2, 2, 1],
      closures: ["2019Q3"],
      leading: 1,
      scale: 1.3,
      trajectory: "ahead",
      gaps: [],
      eras: [
        {
          from: "2017-04",
          style: HANYIN_CHENGGUAN(
            "企业名称",
            "employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众",
          ),
        },
        {
          from: "2020-01",
          style: HANYIN_CHENGGUAN(
            "工厂名称",
            "employees=就业人数|poor=建档立卡贫困劳动力|relocated=搬迁群众",
          ),
        },
      ],
      plants: [{ period: "2019-05", kind: "missing_employees" }],
    },
    {
      townId: "hanyin-jianchi",
      cadence: "monthly",
      initial: 2,
      openings: [1, 1, 2, 1],
      closures: ["2018Q4"],
      leading: 1,
      scale: 1.2,
      trajectory: "ahead",
      gaps: [],
      eras: only({
        format: "xlsx",
        path: "涧池镇/涧池镇社区工厂{yyyy}年{m}月",
        columns: columns(
          "seq=序号|name=企业名称|town=镇|community=安置点|industry=主营产品|opened=投产时间|certified=认定时间|" +
            `leading=龙头企业|base=基地级别|${EMPLOYMENT_GROUP}|contracts=一年以上合同人数|output=产值（元）|` +
            "wages=工资总额（元）|months=本年生产月数",
        ),
        twoRowHeader: true,
        townText: "short",
        title: ["汉阴县涧池镇社区工厂统计月报表", "{yyyy}年{m}月"],
        dates: "xlsx-date",
        leading: "YN",
      }),
      plants: [{ period: "2019-02", kind: "bad_number_output" }],
    },
    {
      townId: "hanyin-puxi",
      cadence: "quarterly",
      initial: 1,
      openings: [1, 1, 1, 1],
      closures: [],
      leading: 1,
      scale: 1.1,
      trajectory: "ahead",
      gaps: [],
      eras: only({
        encoding: "utf-8-bom",
        path: "{yyyy}年/蒲溪镇{yyyy}Q{q}",
        columns: columns(
          "seq=序号|name=工厂名称|community=所在安置点|industry=行业类别|opened=投产日期|certified=认定日期|" +
            "leading=是否龙头企业|base=就业扶贫基地级别|employees=吸纳就业人数|poor=其中建档立卡|relocated=易地搬迁劳动力|" +
            "contracts=一年以上合同人数|output=产值（万元）|wages=务工收入|months=本年生产月数",
        ),
        title: ["蒲溪镇社区工厂统计季报表", "{yyyy}年{cnq}季度"],
        notes: true,
        dates: "cn-day",
        leading: "√",
        output: "wan",
        wages: "yuan-thousands",
      }),
      plants: [{ period: "2018Q4", kind: "duplicate" }],
    },
    {
      townId: "hanyin-pingliang",
      cadence: "monthly",
      initial: 0,
      openings: [1, 1, 1, 1],
      closures: [],
      leading: 0,
      scale: 1.25,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        path: "月报/平梁{yyyy}{mm}",
        columns: columns(
          "name=工厂名称|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|leading=是否龙头企业|" +
            "base=基地级别|employees=用工人数|poor=贫困劳动力|relocated=搬迁群众|output=产值|wages=工资总额|months=本年生产月数",
        ),
        dates: "slash",
        totals: null,
        blankRows: null,
      }),
      plants: [{ period: "2018-11", kind: "negative_poor" }],
    },
    {
      townId: "hanyin-shuangru",
      cadence: "quarterly",
      initial: 0,
      openings: [0, 2, 1, 1],
      closures: [],
      leading: 0,
      scale: 1.15,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        format: "xlsx",
        path: "双乳镇/双乳镇社区工厂{yyyy}年{cnq}季度",
        columns: columns(
          "seq=序号|name=社区工厂名称|credit=统一社会信用代码|town=所在镇|community=安置社区|industry=行业|opened=投产时间|" +
            "certified=认定时间|leading=是否龙头企业|base=就业扶贫基地级别|employees=用工人数|poor=其中贫困劳动力|" +
            "relocated=其中搬迁群众|contracts=签订一年以上劳动合同人数|output=产值（万元）|wages=工资总额（万元）|" +
            "months=本年生产月数|manager=负责人|phone=联系电话",
        ),
        title: ["汉阴县双乳镇社区工厂统计季报表", "{yyyy}年第{cnq}季度"],
        notes: true,
        dates: "xlsx-date-cn",
        output: "wan",
        wages: "wan",
      }),
      plants: [{ period: "2019Q3", kind: "resubmission" }],
    },
    {
      townId: "hanyin-tiefosi",
      cadence: "monthly",
      initial: 0,
      openings: [1, 1, 1, 0],
      closures: [],
      leading: 0,
      scale: 1.3,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        encoding: "utf-8",
        path: "收件箱/{yyyy}{mm}-社区工厂月报表",
        columns: columns(
          "seq=序号|name=工厂名称|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|leading=是否龙头企业|" +
            "base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|contracts=签订一年以上劳动合同人数|" +
            "output=产值（元）|wages=工资总额（元）|months=生产经营月数",
        ),
        title: ["铁佛寺镇社区工厂月报表", "{yyyy}年{m}月"],
        notes: true,
        dates: "dot-month",
        counts: "full-width",
      }),
      plants: [],
    },
    {
      townId: "hanyin-xuanwo",
      cadence: "quarterly",
      initial: 0,
      openings: [1, 1, 1, 1],
      closures: [],
      leading: 0,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        path: "漩涡镇/{yyyy}Q{q}",
        columns: columns(
          "seq=序号|name=工厂名称|credit=信用代码|community=所在社区|industry=主营产品|opened=投产时间|certified=认定时间|" +
            "leading=是否龙头企业|base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|" +
            "contracts=签订一年以上劳动合同人数|output=产值（元）|wages=工资总额（元）|months=本年生产月数|period=统计期",
        ),
        title: ["漩涡社区工厂{yyyy}年第{cnq}季度统计表"],
        periodText: "{yyyy}年第{cnq}季度",
        dates: "excel-serial",
        output: "yuan-thousands",
        totals: "总计",
      }),
      plants: [],
    },
    {
      townId: "hanyin-hanyang",
      cadence: "monthly",
      initial: 1,
      openings: [0, 1, 1, 1],
      closures: [],
      leading: 0,
      scale: 1,
      trajectory: "on_track",
      gaps: [],
      eras: only({
        encoding: "utf-8-bom",
        path: "汉阳镇/汉阳镇社区工厂{yyyy}年{m}月",
        columns: columns(
          "seq=序号|name=工厂名称|town=所属镇|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|" +
            "leading=是否龙头企业|base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|" +
            "output=产值（元）|wages=工资总额（元）|months=本年生产月数|period=月份",
        ),
        title: ["汉阴县汉阳镇社区工厂统计月报表"],
        periodText: "{yyyy}-{mm}",
        notes: true,
        dates: "cn-month",
      }),
      plants: [{ period: "2018-03", kind: "encoding" }],
    },
    {
      townId: "hanyin-shuanghekou",
      cadence: "quarterly",
      initial: 0,
      openings: [0, 1, 0, 1],
      closures: [],
      leading: 0,
      scale: 0.8,
      trajectory: "behind",
      gaps: [],
      eras: only({
        encoding: "utf-8-bom",
        path: "双河口镇/双河口镇{yyyy}年{cnq}季度",
        columns: columns(
          "seq=序号|name=工厂名称|community=所在社区|industry=行业|opened=投产时间|certified=认定时间|leading=是否龙头企业|" +
            "base=就业扶贫基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|" +
            "contracts=签订一年以上劳动合同人数|output=产值（元）|wages=工资总额（元）|months=本年生产月数|period=报告期",
        ),
        title: ["双河口镇社区工厂统计表"],
        periodText: "{yyyy}Q{q}",
      }),
      plants: [],
    },
    {
      townId: "hanyin-guanyinhe",
      cadence: "monthly",
      initial: 0,
      openings: [0, 0, 1, 1],
      closures: [],
      leading: 0,
      scale: 0.8,
      trajectory: "behind",
      gaps: [],
      eras: only({
        path: "观音河镇/观音河{yyyy}-{mm}",
        columns: columns(
          "seq=序号|name=工厂名称|community=安置点|industry=行业|opened=投产时间|certified=认定时间|leading=是否龙头企业|" +
            "base=基地级别|employees=用工人数|poor=其中贫困劳动力|relocated=其中搬迁群众|contracts=签订一年以上劳动合同人数|" +
            "output=产值（元）|wages=工资总额（元）|months=本年生产月数",
        ),
        title: ["观音河镇社区工厂月报表", "（{yyyy}年{m}月）"],
        notes: true,
        dates: "slash",
      }),
      plants: [
        { period: "2020-03", kind: "inconsistent" },
        { period: "2020-06", kind: "bad_date_certified" },
      ],
    },
  ],
  extras: [{ kind: "no_header", path: "收件箱/关于召开社区工厂推进会的通知", format: "csv" }],
};

/** The sample plans, one per county the samples cover. */
export const COUNTY_PLANS: readonly CountyPlan[] = [HANYIN, PINGLI];
