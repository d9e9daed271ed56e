import type { Lang } from "../i18n/lang";
import { METRIC_REGISTRY } from "../metrics/registry";

// Typed as string, not as the registry's literal, so the English dictionary can give its own.
const JOBS_ZH: string = METRIC_REGISTRY.jobs.zh.label;

/** Words drawn inside the charts, one dictionary per language (the page's own strings are in src/i18n). */
const zh = {
  observed: "实际",
  targetPath: "目标路径",
  projection: "近12个月趋势预测",
  milestone: "阶段目标",
  target: (value: string) => `目标 ${value}`,
  asOf: (month: string) => `截至${month}`,
  projected: (value: string) => `预测 ${value}`,
  task: "任务",
  noTask: "无任务",
  value: "数值",
  town: "镇",
  date: "月末",
  status: "状态",
  share: "完成比例",
  score: "得分",
  rank: "排名",
  rankChange: "名次变化",
  tiedWith: (rank: number, names: string) => `${rank}（与${names}并列）`,
  points: "分",
  jobs: JOBS_ZH,
  approximate: "位置为示意，并非精确地图",
  sizeLegend: `圆的面积：${JOBS_ZH}`,
  expected: "路径应达",
  seriesKind: "类别",
  ownScales: "（各镇纵轴刻度不同）",
  lat: "纬度（约）",
  lon: "经度（约）",
};

export type ChartStrings = typeof zh;

const en: ChartStrings = {
  observed: "Observed",
  targetPath: "Target path",
  projection: "Trend of last 12 months",
  milestone: "Milestone",
  target: (value: string) => `Target ${value}`,
  asOf: (month: string) => `As of ${month}`,
  projected: (value: string) => `Projected ${value}`,
  task: "Task",
  noTask: "no task",
  value: "Value",
  town: "Town",
  date: "Month end",
  status: "Status",
  share: "Share of task",
  score: "Score",
  rank: "Rank",
  rankChange: "Rank change",
  tiedWith: (rank: number, names: string) => `${rank} (tied with ${names})`,
  points: "points",
  jobs: METRIC_REGISTRY.jobs.en.label,
  approximate: "Approximate positions, not a map",
  sizeLegend: "Circle area: jobs",
  expected: "Expected on path",
  seriesKind: "Series",
  ownScales: " (each town on its own scale)",
  lat: "Latitude (approx.)",
  lon: "Longitude (approx.)",
};

const CHART_STRINGS: Record<Lang, ChartStrings> = { "zh-CN": zh, en };
export const chartStrings = (lang: Lang): ChartStrings => CHART_STRINGS[lang];
