import type { Lang } from "../i18n/lang";
import { formatCount } from "../format/format-count";
import { formatMoney, formatMoneyIn, type MoneyUnit } from "../format/format-money";
import { formatShare } from "../format/format-share";
import { numberFormat } from "../format/number-format";
import { isFigureMetric, METRIC_UNIT } from "../metrics/metric-lists";
import type { ScoringIndicator } from "../reference/scoring-schema";

/** How an indicator's raw value reads: as its figure in the metric registry, or a share (reporting completeness). */
const kind = (indicator: ScoringIndicator): "count" | "yuan" | "share" =>
  isFigureMetric(indicator) ? (METRIC_UNIT[indicator] === "yuan" ? "yuan" : "count") : "share";

/**
 * An indicator's raw value as the ranking table prints it: `2`, `1,234`, `1.24亿元` / `RMB 124.0 million`,
 * `92.3%`; an amount in its column's unit when one is given (moneyColumnUnit). Null prints as a dash.
 */
export function indicatorValueText(
  indicator: ScoringIndicator,
  value: number | null,
  lang: Lang,
  moneyUnit?: MoneyUnit,
): string {
  switch (kind(indicator)) {
    case "share":
      return formatShare(value, lang);
    case "yuan":
      return moneyUnit ? formatMoneyIn(value, moneyUnit, lang) : formatMoney(value, lang);
    case "count":
      return formatCount(value, lang);
  }
}

/** A task, which can be fractional (a provisional share of a county target): one decimal at most. */
export function taskText(task: number, lang: Lang): string {
  return numberFormat(lang, 1, false).format(Number(task.toFixed(1)));
}
