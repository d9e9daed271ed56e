import { townStrings } from "../../i18n/town-strings";
import { type Lang, NUMBER_LOCALE } from "../i18n/lang";
import { formatValue } from "../charts/metric-label";
import type { FigureMetric } from "../metrics/registry";
import type { PaceResult } from "../figures/pace-status";
import { markup, type Html } from "../html/html";

/** The Open SDG pace R with the inputs the engine used (pace-status.ts), folded so the card stays short. */
export function paceInputsHtml(pace: PaceResult, metric: FigureMetric, lang: Lang): Html {
  const s = townStrings(lang);
  const locale = NUMBER_LOCALE[lang];
  const percent = (x: number | null) =>
    x === null
      ? s.notApplicable
      : `${(x * 100).toLocaleString(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" })}%`;
  const decimal = (x: number | null, digits = 2) =>
    x === null ? s.notApplicable : x.toLocaleString(locale, { maximumFractionDigits: digits });
  const rows: [string, string][] = [
    [s.pace.value, formatValue(pace.value, metric, lang)],
    [s.pace.valueYearAgo, formatValue(pace.value_year_ago, metric, lang)],
    [s.pace.target, formatValue(pace.target, metric, lang)],
    [s.pace.yearsLeft, decimal(pace.years_left)],
    [s.pace.observed, percent(pace.observed_growth)],
    [
      s.pace.required,
      pace.required_growth === null && pace.status !== "insufficient_data"
        ? s.paceNoRequired
        : percent(pace.required_growth),
    ],
    [s.pace.ratio, decimal(pace.ratio)],
  ];
  if (pace.reason !== null) rows.push([s.pace.reason, s.paceReason]);
  return markup`<details class="pace-inputs">
<summary>${s.paceDetails}</summary>
<dl>${rows.map(([label, value]) => markup`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>
</details>`;
}
