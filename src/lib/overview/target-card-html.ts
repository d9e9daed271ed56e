import { statusStrings } from "../../i18n/status-strings";
import { strings } from "../../i18n/strings";
import { type Lang, NUMBER_LOCALE, inLang, PUNCTUATION, pickLabelZhEn } from "../i18n/lang";
import { formatShare } from "../format/format-share";
import { statusStyle } from "../charts/chart-style";
import { formatValue, metricName } from "../charts/metric-label";
import type { TargetResult } from "../figures/evaluate-target";
import { attrs, markup, type Html } from "../html/html";
import type { County } from "../reference/schema";
import { STATUS_RULES } from "../reference/bundled-reference";
import { HEADLINE_STYLE } from "../status/headline-style";
import { targetHeadline } from "../status/headline-status";
import { targetProjectionText } from "../status/target-explanation";
import { paceInputsHtml } from "./pace-inputs-html";

/**
 * A county target's card: the headline figure with its five data-* attributes, the target and share, the
 * verdict, the reasons behind it (path, pace with its inputs, projection), the note and the source. Drawn
 * by TargetCard.astro at build time and put in place of the card by explore-overview.ts after a change.
 */
export function targetCardHtml(county: County, target: TargetResult, lang: Lang): Html {
  const t = strings(lang);
  const ss = statusStrings(lang);
  const locale = NUMBER_LOCALE[lang];
  const value = (n: number) => formatValue(n, target.metric, lang);
  const status = statusStyle(target.path_status);
  const pace = target.pace ? t.paceStatus[target.pace.status] : null;
  // One share formatter for every page: a target short by a hair reads 99.9%, never 100%.
  const share = formatShare(target.share_of_target, lang);
  const reference = county.targets.find((r) => r.target_id === target.target_id);
  const note = inLang({ zh: reference?.note, en: reference?.note_en ?? reference?.note }, lang);
  const deadlinePassed = target.value_at_deadline !== null && target.deadline < target.as_of;
  const headline = targetHeadline(target, STATUS_RULES);
  const verdict = HEADLINE_STYLE[headline.status];
  const behind =
    headline.status === "met" || headline.status === "missed"
      ? ""
      : headline.points_behind > 0
        ? ss.pointsBehind(
            headline.points_behind.toLocaleString(locale, { maximumFractionDigits: 1 }),
          )
        : ss.pointsAhead;
  const why = headline.downgraded
    ? `${behind}${PUNCTUATION[lang].semicolon}${ss.downgraded}`
    : behind;
  const missed =
    target.path_status === "missed" && target.value_at_deadline !== null
      ? markup`<p class="missed-plainly">${t.missedPlainly(value(target.target), target.deadline, value(target.value_at_deadline))}</p>`
      : null;
  const atDeadline =
    deadlinePassed && target.value_at_deadline !== null && target.path_status !== "missed"
      ? markup` <span class="at-deadline">${t.valueAtDeadline(value(target.value_at_deadline), target.deadline)}</span>`
      : null;
  const paceEntry = pace
    ? markup`<div><dt>${ss.paceExplained}</dt><dd class="pace"><span aria-hidden="true">${pace.glyph}</span> ${pace.label}</dd></div>`
    : null;
  return markup`<article${attrs({
    class: "target-card",
    id: `target-${target.target_id}`,
    "data-target": target.target_id,
    "data-status": target.path_status,
    "data-headline-status": headline.status,
    style: `--status-color: ${verdict.color}`,
  })}>
<h4>${metricName(target.metric, lang)}</h4>
<p class="as-of">${t.asOf(target.as_of)}</p>
<p${attrs({
    class: "headline",
    "data-metric": target.metric,
    "data-county": county.county_id,
    "data-town": "",
    "data-as-of": target.as_of,
    "data-value": target.value,
  })}>${value(target.value)}</p>
<p class="target-line"><span${attrs({ "data-target-value": target.target })}>${t.targetIs(value(target.target), target.deadline)}</span> · ${t.shareOfTarget(share)}</p>
${missed}
<p${attrs({ class: "verdict", "data-headline-status": headline.status })}><span class="verdict-label">${ss.verdictLabel}${t.colon}</span> <strong class="verdict-word"><span aria-hidden="true">${verdict.glyph}</span> ${pickLabelZhEn(verdict, lang)}</strong></p>
<details class="why">
<summary>${ss.whyHeading}</summary>
<p class="why-path">${why}</p>
<dl${attrs({ class: "statuses", style: `--status-color: ${status.color}` })}>
<div><dt>${ss.pathExplained}</dt><dd${attrs({ class: `status status-${target.path_status}` })}><span aria-hidden="true">${status.glyph}</span> ${pickLabelZhEn(status, lang)}${atDeadline}</dd></div>
${paceEntry}
<div><dt>${ss.trendExplained}</dt><dd>${targetProjectionText(target, lang)}</dd></div>
</dl>
${target.pace ? paceInputsHtml(target.pace, target.metric, lang) : null}
</details>
${note ? markup`<p class="note"><strong>${t.noteLabel}${t.colon}</strong>${note}</p>` : null}
<p class="source"><strong>${t.sourceLabel}${t.colon}</strong>${target.document_number} ${target.clause}${t.colon}<q lang="zh-CN">${target.quote}</q></p>
</article>`;
}
