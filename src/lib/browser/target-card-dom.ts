import { statusStyle } from "../charts/chart-style";
import { formatValue, metricName } from "../charts/metric-label";
import { formatShare } from "../format/format-share";
import type { TargetResult } from "../figures/evaluate-target";
import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { statusStrings } from "../../i18n/status-strings";
import { HEADLINE_STYLE } from "../status/headline-style";
import { targetHeadline } from "../status/headline-status";
import { targetProjectionText } from "../status/target-explanation";

/**
 * Updates a target card drawn at build time (TargetCard.astro) for a newly evaluated target: the headline
 * figure and its data-* attributes, the share of target, the plain "missed" line, path status, pace and
 * projection. The wording is TargetCard's own, from the same dictionary (strings.ts).
 */
export function updateTargetCard(card: HTMLElement, target: TargetResult, lang: Lang): void {
  const t = strings(lang);
  const zh = lang === "zh-CN";
  const value = (n: number) => formatValue(n, target.metric, lang);
  const status = statusStyle(target.path_status);
  const ss = statusStrings(lang);
  const headlineResult = targetHeadline(target);
  const verdict = HEADLINE_STYLE[headlineResult.status];
  card.dataset["status"] = target.path_status;
  card.dataset["headlineStatus"] = headlineResult.status;
  card.style.setProperty("--status-color", verdict.color);
  const verdictEl = card.querySelector<HTMLElement>(".verdict");
  const verdictWord = verdictEl?.querySelector(".verdict-word");
  if (verdictEl && verdictWord) {
    verdictEl.dataset["headlineStatus"] = headlineResult.status;
    const mark = document.createElement("span");
    mark.setAttribute("aria-hidden", "true");
    mark.textContent = verdict.glyph;
    verdictWord.replaceChildren(mark, ` ${zh ? verdict.label_zh : verdict.label_en}`);
  }
  const why = card.querySelector(".why-path");
  if (why) {
    const behind =
      headlineResult.status === "met" || headlineResult.status === "missed"
        ? ""
        : headlineResult.points_behind > 0
          ? ss.pointsBehind(
              headlineResult.points_behind.toLocaleString(zh ? "zh-CN" : "en-US", {
                maximumFractionDigits: 1,
              }),
            )
          : ss.pointsAhead;
    why.textContent = headlineResult.downgraded
      ? `${behind}${zh ? "；" : "; "}${ss.downgraded}`
      : behind;
  }

  const heading = card.querySelector("h4");
  if (heading) heading.textContent = metricName(target.metric, lang);
  const asOf = card.querySelector(".as-of");
  if (asOf) asOf.textContent = t.asOf(target.as_of);
  const headline = card.querySelector<HTMLElement>(".headline[data-metric]");
  if (headline) {
    headline.dataset["asOf"] = target.as_of;
    headline.dataset["value"] = String(target.value);
    headline.textContent = value(target.value);
  }

  const share = formatShare(target.share_of_target, lang);
  const line = card.querySelector(".target-line");
  const targetSpan = line?.querySelector("[data-target-value]");
  if (line && targetSpan) {
    targetSpan.textContent = t.targetIs(value(target.target), target.deadline);
    line.replaceChildren(targetSpan, ` · ${t.shareOfTarget(share)}`);
  }

  card.querySelector(".missed-plainly")?.remove();
  if (target.path_status === "missed" && target.value_at_deadline !== null) {
    const missed = document.createElement("p");
    missed.className = "missed-plainly";
    missed.textContent = t.missedPlainly(
      value(target.target),
      target.deadline,
      value(target.value_at_deadline),
    );
    line?.after(missed);
  }

  const statuses = card.querySelector<HTMLElement>("dl.statuses");
  if (!statuses) return;
  statuses.style.setProperty("--status-color", status.color);
  const deadlinePassed = target.value_at_deadline !== null && target.deadline < target.as_of;
  const pace = target.pace ? t.paceStatus[target.pace.status] : null;
  const projection = targetProjectionText(target, lang);

  const entry = (label: string, dd: HTMLElement) => {
    const div = document.createElement("div");
    const dt = document.createElement("dt");
    dt.textContent = label;
    div.append(dt, dd);
    return div;
  };
  const glyph = (text: string) => {
    const span = document.createElement("span");
    span.setAttribute("aria-hidden", "true");
    span.textContent = text;
    return span;
  };

  const statusDd = document.createElement("dd");
  statusDd.className = `status status-${target.path_status}`;
  statusDd.append(glyph(status.glyph), ` ${zh ? status.label_zh : status.label_en}`);
  if (deadlinePassed && target.value_at_deadline !== null && target.path_status !== "missed") {
    const at = document.createElement("span");
    at.className = "at-deadline";
    at.textContent = t.valueAtDeadline(value(target.value_at_deadline), target.deadline);
    statusDd.append(" ", at);
  }
  const entries = [entry(ss.pathExplained, statusDd)];
  if (pace) {
    const paceDd = document.createElement("dd");
    paceDd.className = "pace";
    paceDd.append(glyph(pace.glyph), ` ${pace.label}`);
    entries.push(entry(ss.paceExplained, paceDd));
  }
  const projectionDd = document.createElement("dd");
  projectionDd.textContent = projection;
  entries.push(entry(ss.trendExplained, projectionDd));
  statuses.replaceChildren(...entries);
}
