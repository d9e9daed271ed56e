import { townStrings } from "../../i18n/town-strings";
import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { formatCount, formatValue, metricName } from "../charts/metric-label";
import type { FigureRow, ReportingHealthRow } from "../figures/decode-rows";
import { FIGURE_METRICS, type FigureMetric } from "../figures/metrics";
import { yearOf } from "../figures/month-end";
import { headlineHtml } from "../html/headline-html";
import { markup, type Html } from "../html/html";

/** What a town page shows: every figure of DATA-CONTRACT §5 (the base-level counts are the county's). */
const SHOWN: readonly FigureMetric[] = FIGURE_METRICS.filter((m) => !m.startsWith("base_"));

/** Where a town's figures are: its county, its Chinese name (for `data-town`) and the as-of date. */
export interface TownAt {
  countyId: string;
  townName: string;
  asOf: string;
}

const figure = (label: string, headline: Html) =>
  markup`<div class="town-figure"><dt>${label}</dt><dd>${headline}</dd></div>`;

/** A town's headline figures at D, each with its five data-* attributes. */
export function townFiguresHtml(row: FigureRow, at: TownAt, lang: Lang): Html {
  const s = townStrings(lang);
  const label = (m: FigureMetric) =>
    m === "new_factories"
      ? s.newFactoriesIn(yearOf(at.asOf))
      : m === "not_reporting"
        ? s.notReportingFigure
        : metricName(m, lang);
  const items = SHOWN.map((m) =>
    figure(
      label(m),
      headlineHtml({
        class: "headline",
        metric: m,
        county: at.countyId,
        town: at.townName,
        asOf: at.asOf,
        value: row[m],
        text: formatValue(row[m], m, lang),
      }),
    ),
  );
  return markup`<dl class="town-figures">${items}</dl>`;
}

const PERIODS = ["periods_due", "periods_reported", "periods_late", "periods_missing"] as const;

/**
 * A town's reporting health at D (periods due, reported, late, missing by its cadence) and, when known, the
 * rows rejected from its files (from the manifest: every file, whatever D).
 */
export function townHealthHtml(
  health: ReportingHealthRow | null,
  rowsRejected: number | null,
  at: TownAt,
  lang: Lang,
): Html {
  const t = strings(lang);
  const s = townStrings(lang);
  if (!health || health.cadence === null) return markup`<p class="health-none">${s.healthNone}</p>`;
  const headline = (metric: string, value: number) =>
    headlineHtml({
      class: "headline",
      metric,
      county: at.countyId,
      town: at.townName,
      asOf: at.asOf,
      value,
      text: formatCount(value, lang),
    });
  return markup`<dl class="town-figures town-health">
<div class="town-figure"><dt>${t.q.cadence}</dt><dd class="headline">${t.cadence[health.cadence]}</dd></div>
${PERIODS.map((p) => figure(t.q[p], headline(p, health[p])))}
${rowsRejected === null ? null : figure(s.rowsRejected, headline("rows_rejected", rowsRejected))}
</dl>`;
}
