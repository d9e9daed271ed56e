import { townStrings } from "../../i18n/town-strings";
import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { formatValue, metricName } from "../charts/metric-label";
import { formatShare } from "../format/format-share";
import { attrs, markup, type Html } from "../html/html";
import { statusColorStyle, statusHtml } from "../html/status-html";
import type { TownTask } from "./town-tasks";

/** One town's standing tasks (Hanyin's allocation), a row per figure: now, task, share, status. */
export function townTaskTableHtml(tasks: readonly TownTask[], caption: string, lang: Lang): Html {
  const s = townStrings(lang);
  const rows = tasks.map(
    (task) => markup`<tr${attrs({ "data-task": task.target_id, "data-status": task.status })}>
<th scope="row">${metricName(task.metric, lang)}</th>
<td class="num">${formatValue(task.value, task.metric, lang)}</td>
<td class="num">${formatValue(task.target, task.metric, lang)}${task.provisional ? markup` <span class="provisional-tag">${s.provisionalLabel}</span>` : null}</td>
<td class="num">${formatShare(task.share, lang)}</td>
<td class="status-cell"${attrs({ style: statusColorStyle(task.status) })}>${statusHtml(task.status, lang)}</td>
</tr>`,
  );
  return markup`<div class="table-scroll" tabindex="0"><table class="tasks-table">
<caption>${caption}</caption>
<thead><tr>
<th scope="col">${strings(lang).col.metric}</th>
<th scope="col" class="num">${s.valueCol}</th>
<th scope="col" class="num">${s.taskCol}</th>
<th scope="col" class="num">${s.shareCol}</th>
<th scope="col">${s.statusCol}</th>
</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}
