import type { TargetResult } from "../figures/evaluate-target";
import type { TownScore } from "../figures/rank-towns";
import type { County } from "../reference/schema";
import { STATUS_RULES } from "../reference/bundled-reference";
import { metricName } from "../charts/metric-label";
import { statusStrings } from "../../i18n/status-strings";
import { type Lang, PUNCTUATION, pickLabelZhEn } from "../i18n/lang";
import { HEADLINE_STYLE } from "./headline-style";
import { HEADLINE_SEVERITY, targetHeadline, type HeadlineResult } from "./headline-status";
import { townWorstStatus, type TownWorstStatus } from "./town-worst-status";

/** One line of the headline strip: a target (or a town's task) and its one verdict. */
export interface StripRow {
  target: TargetResult;
  headline: HeadlineResult;
}

/** A county's targets (or one town's tasks) in the reference file's order, each with its verdict. */
export function stripRows(
  county: County,
  targets: readonly TargetResult[],
  townId: string | null,
): StripRow[] {
  const order = [...county.targets.map((t) => t.target_id)];
  return targets
    .filter((t) => (townId === null ? t.scope === "county" : t.town_id === townId))
    .toSorted(
      (a, b) =>
        (a.year ?? 0) - (b.year ?? 0) ||
        order.indexOf(a.target_id) - order.indexOf(b.target_id) ||
        a.metric.localeCompare(b.metric),
    )
    .map((target) => ({ target, headline: targetHeadline(target, STATUS_RULES) }));
}

/** Towns whose worst task is missed, off track or at risk: worst first, then in the county's order. */
export function laggingTowns(
  county: County,
  targets: readonly TargetResult[],
): { town_id: string; worst: TownWorstStatus }[] {
  return county.towns
    .flatMap((town) => {
      const worst = townWorstStatus(targets, town.town_id);
      return worst && HEADLINE_SEVERITY[worst.status] <= HEADLINE_SEVERITY.at_risk
        ? [{ town_id: town.town_id, worst }]
        : [];
    })
    .toSorted((a, b) => HEADLINE_SEVERITY[a.worst.status] - HEADLINE_SEVERITY[b.worst.status]);
}

/** The ranking's first and last towns (all of them when tied). */
export function rankingEnds(towns: readonly TownScore[]): {
  first: TownScore[];
  last: TownScore[];
} {
  if (towns.length === 0) return { first: [], last: [] };
  const top = Math.min(...towns.map((t) => t.rank));
  const bottom = Math.max(...towns.map((t) => t.rank));
  return {
    first: towns.filter((t) => t.rank === top),
    last: bottom === top ? [] : towns.filter((t) => t.rank === bottom),
  };
}

/** A target's short name: the metric, or "2019年新建工厂" for a town's task of one year. */
export const taskLabel = (t: Pick<TargetResult, "metric" | "year">, lang: Lang): string =>
  t.year === null ? metricName(t.metric, lang) : statusStrings(lang).yearTask(t.year);

/**
 * A county's targets as a province table's list cell (the brief's and the press kit's county rows):
 * "● 工厂数：达标" each, with its colour and status.
 */
export const verdictItems = (
  county: County,
  targets: readonly TargetResult[],
  lang: Lang,
): { text: string; color: string; status: string }[] =>
  stripRows(county, targets, null).map(({ target, headline }) => {
    const style = HEADLINE_STYLE[headline.status];
    return {
      text: `${style.glyph} ${taskLabel(target, lang)}${PUNCTUATION[lang].colon}${pickLabelZhEn(style, lang)}`,
      color: style.color,
      status: headline.status,
    };
  });
