import { exploreStrings } from "../../i18n/explore-strings";
import type { Lang } from "../i18n/lang";
import { formatValue, metricName } from "../charts/metric-label";
import type { FiguresAndTargets } from "../figures/figures-as-of";
import { FIGURE_METRICS } from "../figures/metrics";
import { yearOf } from "../figures/month-end";
import { headlineHtml } from "../html/headline-html";
import { attrs, markup, type Html } from "../html/html";
import { statusHtml } from "../html/status-html";
import type { County, Town } from "../reference/schema";
import { townName } from "../towns/town-paths";

/**
 * The chosen town's own figures on the overview (every §5 metric) with its own target where it has one:
 * shown when the controls choose a town, from the figures of that town's scope.
 */
export function townPanelHtml(
  county: County,
  town: Town,
  result: FiguresAndTargets,
  lang: Lang,
): Html | null {
  const row = result.figures.find((r) => r.town_id === null);
  if (!row) return null;
  const x = exploreStrings(lang);
  const name = townName(town, lang);
  const year = yearOf(result.as_of);
  const headingId = `town-panel-${county.county_id}`;
  const body = FIGURE_METRICS.map((metric) => {
    const target = result.targets.find(
      (tg) => tg.metric === metric && (tg.year === null || tg.year === year),
    );
    return markup`<tr>
<th scope="row">${metricName(metric, lang)}</th>
<td class="num">${headlineHtml({
      metric,
      county: county.county_id,
      town: town.name,
      asOf: result.as_of,
      value: row[metric],
      text: formatValue(row[metric], metric, lang),
    })}</td>
<td class="num">${target ? formatValue(target.target, metric, lang) : x.noTownTarget}</td>
<td>${target ? statusHtml(target.path_status, lang) : x.noTownTarget}</td>
</tr>`;
  });
  return markup`<section${attrs({ class: "town-panel", "aria-labelledby": headingId })}>
<h3${attrs({ id: headingId })}>${x.townPanelHeading(name)}</h3>
<div class="table-scroll" tabindex="0"><table class="chart-table">
<caption>${x.townPanelCaption(name, result.as_of)}</caption>
<thead><tr><th scope="col">${x.colMetric}</th><th scope="col" class="num">${x.colValue}</th><th scope="col" class="num">${x.townTarget}</th><th scope="col">${x.colStatus}</th></tr></thead>
<tbody>${body}</tbody>
</table></div>
</section>`;
}
