import { townStrings } from "../../i18n/town-strings";
import type { Lang } from "../i18n/lang";
import { formatValue, metricName } from "../charts/metric-label";
import type { SmallMultiplesData } from "../charts/small-multiples";
import { formatMonth } from "../charts/time-axis";
import type { FiguresAndTargets } from "../figures/figures-as-of";
import type { FigureMetric } from "../figures/metrics";
import type { County, Town } from "../reference/schema";
import { townName } from "./town-paths";
import {
  taskFor,
  townSeries,
  townTasks,
  yearlyRuleRows,
  type TownTask,
  type TownYearlyRule,
} from "./town-tasks";

/** The trends a town page charts, one small chart each. */
export const TREND_METRICS: readonly FigureMetric[] = [
  "jobs",
  "factories",
  "poor_workers",
  "output_12m",
];

/** One trend chart of a town page: its id (ChartFrame's), words and data. */
export interface TownTrend {
  id: string;
  metric: FigureMetric;
  title: string;
  description: string;
  data: SmallMultiplesData;
}

/**
 * What a town page shows for one result of the figures engine, computed the same way at build time
 * (TownPage.astro) and in the browser after a person changes the as-of month or the industries
 * (src/lib/browser/explore-town.ts).
 */
export interface TownPageView {
  name: string;
  intro: string;
  figuresHeading: string;
  tasks: TownTask[];
  ruleRows: TownYearlyRule[];
  trends: TownTrend[];
}

export function townPageView(
  county: County,
  town: Town,
  result: FiguresAndTargets,
  lang: Lang,
): TownPageView {
  const s = townStrings(lang);
  const name = townName(town, lang);
  const trends = TREND_METRICS.map((metric): TownTrend => {
    const series = townSeries(result.series, town.town_id, metric);
    const task = taskFor(result.targets, town.town_id, metric);
    const first = series[0];
    const last = series.at(-1);
    return {
      id: `trend-${metric}`,
      metric,
      title: s.trendTitle(name, metricName(metric, lang)),
      description: s.trendDescription(
        name,
        first ? formatMonth(first.date, lang) : "",
        last ? formatMonth(last.date, lang) : "",
        formatValue(last?.value ?? 0, metric, lang),
        task ? formatValue(task.target, metric, lang) : null,
      ),
      data: {
        metric,
        towns: [
          {
            town_id: town.town_id,
            town_name: town.name,
            town_name_en: town.name_en,
            series,
            task: task?.target ?? null,
            status: task?.path_status ?? null,
          },
        ],
      },
    };
  });
  return {
    name,
    intro: s.townIntro(name, result.as_of),
    figuresHeading: s.figuresHeading(result.as_of),
    tasks: townTasks(county, result.targets, town.town_id),
    ruleRows: yearlyRuleRows(county, result.targets),
    trends,
  };
}
