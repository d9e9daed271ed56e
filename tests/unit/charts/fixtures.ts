import { addMonths } from "../../../src/lib/figures/month-end";
import { rankTowns, type TownIndicators } from "../../../src/lib/figures/rank-towns";
import type { Scoring } from "../../../src/lib/reference/scoring-schema";
import type { RankingBarsData } from "../../../src/lib/charts/ranking-bars";
import type { ProgressChartData } from "../../../src/lib/charts/progress-chart";
import type { SmallMultiplesData } from "../../../src/lib/charts/small-multiples";
import type { TownBarsData } from "../../../src/lib/charts/town-bars";
import type { TownMapData } from "../../../src/lib/charts/town-map";

/** Hand-made, deterministic inputs for the chart snapshots: shaped like figuresAsOf output, not real data. */

const HANYIN_MILESTONES = [
  { date: "2018-12-31", share: 0.3, label: "一年打基础", label_en: "Year 1: lay foundations" },
  { date: "2019-12-31", share: 0.7, label: "两年上规模", label_en: "Year 2: reach scale" },
  { date: "2020-12-31", share: 1, label: "三年全覆盖", label_en: "Year 3: full coverage" },
];

/** Jobs from Sept 2017 to June 2019: a slow start, then faster growth. */
export const JOBS_SERIES = Array.from({ length: 22 }, (_, i) => ({
  date: addMonths("2017-09-30", i),
  value: Math.round(120 + 7 * i + 0.6 * i * i),
}));

const last = JOBS_SERIES.at(-1)?.value ?? 0;

export const PROGRESS: ProgressChartData = {
  metric: "jobs",
  series: JOBS_SERIES,
  target: {
    target: 1000,
    deadline: "2020-12-31",
    baseline_date: "2017-09-30",
    baseline: 120,
    as_of: "2019-06-30",
    value: last,
    path_status: "at_risk",
    projection: {
      slope_per_month: 22,
      points_used: 13,
      value_at_deadline: last + 22 * 18,
      reaches_target_on: "2021-03-31",
      by_deadline: false,
    },
  },
  milestones: HANYIN_MILESTONES,
};

/** Hanyin's towns with approximate seats (data/reference/counties/hanyin.json, copied so tests stand alone). */
export const TOWNS = [
  {
    town_id: "hanyin-chengguan",
    town_name: "城关镇",
    town_name_en: "Chengguan",
    lat: 32.89,
    lon: 108.51,
  },
  {
    town_id: "hanyin-jianchi",
    town_name: "涧池镇",
    town_name_en: "Jianchi",
    lat: 32.87,
    lon: 108.61,
  },
  { town_id: "hanyin-puxi", town_name: "蒲溪镇", town_name_en: "Puxi", lat: 32.84, lon: 108.7 },
  {
    town_id: "hanyin-pingliang",
    town_name: "平梁镇",
    town_name_en: "Pingliang",
    lat: 32.92,
    lon: 108.41,
  },
  {
    town_id: "hanyin-shuangru",
    town_name: "双乳镇",
    town_name_en: "Shuangru",
    lat: 32.95,
    lon: 108.61,
  },
  {
    town_id: "hanyin-tiefosi",
    town_name: "铁佛寺镇",
    town_name_en: "Tiefosi",
    lat: 33.02,
    lon: 108.55,
  },
  { town_id: "hanyin-xuanwo", town_name: "漩涡镇", town_name_en: "Xuanwo", lat: 32.72, lon: 108.4 },
  {
    town_id: "hanyin-hanyang",
    town_name: "汉阳镇",
    town_name_en: "Hanyang",
    lat: 32.75,
    lon: 108.56,
  },
  {
    town_id: "hanyin-shuanghekou",
    town_name: "双河口镇",
    town_name_en: "Shuanghekou",
    lat: 33.1,
    lon: 108.53,
  },
  {
    town_id: "hanyin-guanyinhe",
    town_name: "观音河镇",
    town_name_en: "Guanyinhe",
    lat: 32.97,
    lon: 108.45,
  },
] as const;

const STATUSES = [
  "ahead",
  "at_risk",
  "behind",
  "met",
  "ahead",
  "behind",
  "at_risk",
  null,
  "ahead",
  "missed",
] as const;

/** Jobs per town at D with a task each (but one), statuses of every kind. */
export const TOWN_BARS: TownBarsData = {
  metric: "jobs",
  towns: TOWNS.map((t, i) => ({
    town_id: t.town_id,
    town_name: t.town_name,
    town_name_en: t.town_name_en,
    value: 40 + ((i * 37) % 110),
    task: STATUSES[i] === null ? null : 60 + ((i * 23) % 70),
    status: STATUSES[i] ?? null,
  })),
};

/** Twelve month ends of jobs per town, each its own shape, ending at TOWN_BARS's values. */
export const SMALL_MULTIPLES: SmallMultiplesData = {
  metric: "jobs",
  towns: TOWN_BARS.towns.slice(0, 6).map((t, i) => ({
    ...t,
    series: Array.from({ length: 12 }, (_, m) => ({
      date: addMonths("2018-07-31", m),
      value: Math.round(t.value * (0.4 + (0.6 * (m + 1)) / 12) + ((m * (i + 3)) % 7)),
    })),
  })),
};

/** Every Hanyin town at its seat, jobs and status from TOWN_BARS. */
export const TOWN_MAP: TownMapData = {
  towns: TOWNS.map((t, i) => ({
    ...t,
    jobs: TOWN_BARS.towns[i]?.value ?? 0,
    status: TOWN_BARS.towns[i]?.status ?? null,
  })),
};

const SCORING: Scoring = {
  note: "测试用权重",
  note_en: "Weights for tests",
  normalizations: {},
  indicators: [
    {
      indicator: "new_factories",
      weight: 30,
      normalization: "task",
      cap: 1,
      label: "新建工厂（对照该镇年度任务）",
      label_en: "New factories against the town's task",
    },
    {
      indicator: "jobs",
      weight: 20,
      normalization: "share_of_max",
      label: "吸纳就业人数",
      label_en: "Jobs",
    },
    {
      indicator: "poor_workers",
      weight: 20,
      normalization: "share_of_max",
      label: "带动贫困劳动力就业人数",
      label_en: "Poor workers employed",
    },
    {
      indicator: "output_12m",
      weight: 15,
      normalization: "share_of_max",
      label: "年产值",
      label_en: "Output over the year",
    },
    {
      indicator: "reporting_completeness",
      weight: 15,
      normalization: "share",
      label: "报表完整率",
      label_en: "Reporting completeness",
    },
  ],
};

const indicatorsFor = (shift: number): TownIndicators[] =>
  TOWNS.slice(0, 6).map((t, i) => ({
    town_id: t.town_id,
    town_name: t.town_name,
    values: {
      new_factories: (i + shift) % 4,
      jobs: 50 + ((i * 41 + shift * 13) % 120),
      poor_workers: 20 + ((i * 17 + shift * 7) % 60),
      output_12m: 1_000_000 * (1 + ((i * 3 + shift) % 7)),
      reporting_completeness: i === 5 ? null : 0.6 + 0.08 * ((i + shift) % 5),
    },
    tasks: { new_factories: 2 },
  }));

/** Six towns scored by the engine's rankTowns on made-up values, the year before for rank changes. */
export const RANKING: RankingBarsData = {
  towns: rankTowns(indicatorsFor(0), SCORING, indicatorsFor(1)),
  indicators: SCORING.indicators,
  townNamesEn: Object.fromEntries(TOWNS.map((t) => [t.town_id, t.town_name_en])),
};
