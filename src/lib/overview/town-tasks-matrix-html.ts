import { townStrings } from "../../i18n/town-strings";
import { type Lang, pickName } from "../i18n/lang";
import { formatValue, metricName } from "../charts/metric-label";
import type { TargetResult } from "../figures/evaluate-target";
import { headlineHtml } from "../html/headline-html";
import { attrs, markup, type Html } from "../html/html";
import { statusColorStyle, statusHtml } from "../html/status-html";
import type { County } from "../reference/schema";
import { townName, townPath } from "../towns/town-paths";
import { townTasks } from "../towns/town-tasks";

/** Every town of a county against its standing tasks (Hanyin's provisional allocation): towns × figures. */
export function townTasksMatrixHtml(
  county: County,
  targets: readonly TargetResult[],
  asOf: string,
  lang: Lang,
): Html {
  const s = townStrings(lang);
  const rows = county.towns.map((town) => ({
    town,
    tasks: townTasks(county, targets, town.town_id),
  }));
  const metrics = [...new Set(rows.flatMap((r) => r.tasks.map((t) => t.metric)))];
  const name = pickName(county, lang);
  const body = rows.map(({ town, tasks }) => {
    const cells = metrics.map((m) => {
      const task = tasks.find((t) => t.metric === m);
      if (!task) return markup`<td class="num">—</td>`;
      return markup`<td${attrs({ class: "num", "data-status": task.status, style: statusColorStyle(task.status) })}>${headlineHtml(
        {
          metric: m,
          county: county.county_id,
          town: town.name,
          asOf,
          value: task.value,
          text: formatValue(task.value, m, lang),
        },
      )} / ${formatValue(task.target, m, lang)}<span class="status-tag">${statusHtml(task.status, lang)}</span></td>`;
    });
    return markup`<tr${attrs({ "data-town-row": town.town_id })}>
<th scope="row"><a${attrs({ href: townPath(town.town_id, lang) })}>${townName(town, lang)}</a></th>
${cells}
</tr>`;
  });
  return markup`<div class="table-scroll" tabindex="0"><table${attrs({ class: "tasks-table", "data-tasks-county": county.county_id })}>
<caption>${s.tasksOverviewCaption(name, asOf)}</caption>
<thead><tr>
<th scope="col">${s.nr.town}</th>
${metrics.map((m) => markup`<th scope="col" class="num">${metricName(m, lang)}<span class="col-note">${s.valueCol} / ${s.taskCol}</span></th>`)}
</tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}
