import { formatMonth } from "../charts/time-axis";
import type { TargetResult } from "../figures/evaluate-target";
import { STATUS_RULES } from "../reference/bundled-reference";
import { strings } from "../../i18n/strings";
import type { Lang } from "../i18n/lang";
import { statusStrings } from "../../i18n/status-strings";
import { projectionPhrase } from "./headline-status";

/**
 * The trend projection in words, as an explanation under the verdict: reached, a month within the
 * horizon, "hard to reach within 10 years" beyond it, a month after the deadline said as such, or not at
 * this pace. Shared by the target card (target-card-html.ts) at build time and in the browser.
 */
export function targetProjectionText(target: TargetResult, lang: Lang): string {
  const t = strings(lang);
  const s = statusStrings(lang);
  const deadlinePassed = target.value_at_deadline !== null && target.deadline < target.as_of;
  const reached =
    target.path_status === "met" || (target.pace?.status === "achieved" && !deadlinePassed);
  const phrase = projectionPhrase(
    target.projection.reaches_target_on,
    target.as_of,
    reached,
    STATUS_RULES,
  );
  switch (phrase.kind) {
    case "reached":
      return t.reachedAlready;
    case "not_at_this_pace":
      return t.notAtThisPace;
    case "beyond_horizon":
      return s.beyondHorizon(phrase.years);
    case "month":
      return deadlinePassed
        ? s.trendAfterDeadline(formatMonth(phrase.on, lang))
        : t.reachesOn(formatMonth(phrase.on, lang));
  }
}
