import { strings } from "../../i18n/strings";
import { type Lang, pickName, pickLabelZhEn } from "../i18n/lang";
import { townStrings } from "../../i18n/town-strings";
import { statusStyle } from "../charts/chart-style";
import { formatValue, metricName } from "../charts/metric-label";
import type { ProgressChartData } from "../charts/progress-state";
import type { SmallMultiplesData } from "../charts/small-multiples";
import type { TownMapData } from "../charts/town-map";
import type { TargetResult } from "../figures/evaluate-target";
import type { FiguresAndTargets } from "../figures/figures-as-of";
import type { County } from "../reference/schema";
import {
  townMultiplesData,
  townTasks,
  yearlyRuleRows,
  type TownYearlyRule,
} from "../towns/town-tasks";
import {
  countyTargets,
  progressChartData,
  townMapData,
  townStatus,
  townStatusBasis,
} from "./overview-charts";

/** One chart of the overview: its ChartFrame id, its words and its data. */
export interface ChartView<Data> {
  id: string;
  title: string;
  description: string;
  data: Data;
}

/** A county target's card and progress chart. */
export interface TargetView {
  target: TargetResult;
  chart: ChartView<ProgressChartData>;
}

/**
 * What one county's section of the overview shows for one result of the figures engine, computed the same
 * way at build time (CountyOverview.astro) and in the browser after a change of the controls
 * (src/lib/browser/explore-overview.ts), as townPageView does for a town page.
 */
export interface OverviewCountyView {
  county: County;
  name: string;
  asOf: string;
  heading: string;
  targets: TargetView[];
  /** The whole county's count of factories not reporting (null when the result has no whole-county row). */
  notReporting: number | null;
  notReportingCaption: string;
  map: ChartView<TownMapData>;
  multiples: ChartView<SmallMultiplesData>;
  ruleRows: TownYearlyRule[];
  ruleCaption: string;
  /** Whether any town has a standing task (Hanyin's allocation) at this date. */
  hasTasks: boolean;
}

export function overviewCountyView(
  county: County,
  result: FiguresAndTargets,
  lang: Lang,
): OverviewCountyView {
  const t = strings(lang);
  const s = townStrings(lang);
  const name = pickName(county, lang);
  const targets = countyTargets(county, result).map((target): TargetView => {
    const status = statusStyle(target.path_status);
    return {
      target,
      chart: {
        id: `progress-${target.target_id}`,
        title: t.progressChartTitle(name, metricName(target.metric, lang)),
        description: t.progressChartDescription(
          target.as_of,
          formatValue(target.value, target.metric, lang),
          formatValue(target.target, target.metric, lang),
          `${status.glyph} ${pickLabelZhEn(status, lang)}`,
          target.as_of < target.deadline,
        ),
        data: progressChartData(county, result, target),
      },
    };
  });
  const whole = result.figures.find((r) => r.town_id === null);
  const multiples = townMultiplesData(county, result.series, result.targets, "jobs", (id) =>
    townStatus(result, id),
  );
  return {
    county,
    name,
    asOf: result.as_of,
    heading: t.countyOverviewHeading(name, county.documents.map((d) => d.number).join("、")),
    targets,
    notReporting: whole ? whole.not_reporting : null,
    notReportingCaption: s.notReportingCaption(name, result.as_of),
    map: {
      id: `town-map-${county.county_id}`,
      title: t.townMapTitle(name),
      description: `${t.townMapDescription(name, county.towns.length)}${t.sentenceGap}${t.townStatusBasis[townStatusBasis(result)]}`,
      data: townMapData(county, result),
    },
    multiples: {
      id: `town-multiples-${county.county_id}`,
      title: s.multiplesTitle(name),
      description: s.multiplesDescription(
        name,
        county.towns.length,
        multiples.towns.some((town) => town.task !== null),
      ),
      data: multiples,
    },
    ruleRows: yearlyRuleRows(county, result.targets),
    ruleCaption: s.yearlyRuleCaption(name),
    hasTasks: county.towns.some((tw) => townTasks(county, result.targets, tw.town_id).length > 0),
  };
}
