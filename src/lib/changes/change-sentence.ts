import { changesStrings } from "../../i18n/changes-strings";
import { type Lang, LIST_SEPARATOR } from "../i18n/lang";
import { attrs, markup, type Html } from "../html/html";
import type { County } from "../reference/schema";
import { HEADLINE_SEVERITY } from "../status/headline-status";
import type { ChangesAsOf, PlaceFigures } from "./changes-as-of";
import { changeOf } from "./change-of";
import { formatWhole } from "./change-format";
import type { FactoryChange } from "./factory-change";

/** A sentence for the press kit with its source line; what the copy button copies. */
export interface ChangeSentence {
  text: string;
  source: string;
  copyText: string;
}

/** What every sentence of a county's changes needs besides its numbers. */
export interface SentenceContext {
  county: County;
  asOf: string;
  lang: Lang;
  /** The synthetic-data notice, copied along so sample figures are never pasted as facts; or null. */
  notice: string | null;
}

function withSource(text: string, c: SentenceContext): ChangeSentence {
  const s = changesStrings(c.lang);
  const documents = c.county.documents.map((d) => d.number).join(LIST_SEPARATOR[c.lang]);
  const source = s.sources(documents, c.asOf);
  const copyText = [text, source, ...(c.notice === null ? [] : [c.notice])].join("\n");
  return { text, source, copyText };
}

const direction = (n: number): boolean | null => (n === 0 ? null : n > 0);

/** `截至2020年12月底，汉阴县社区工厂吸纳就业1,302人，比上月增加12人，同比增长8.1%。` */
export function jobsSentence(
  place: PlaceFigures,
  placeName: string,
  c: SentenceContext,
): ChangeSentence {
  const s = changesStrings(c.lang);
  const month = changeOf(place.now.jobs, place.previous?.jobs ?? null);
  const year = changeOf(place.now.jobs, place.yearAgo?.jobs ?? null);
  const pct = year.relative === null ? null : Math.round(Math.abs(year.relative) * 1000) / 10;
  const text = s.jobsSentence({
    asOf: c.asOf,
    place: placeName,
    jobs: formatWhole(place.now.jobs, c.lang),
    delta:
      month.delta === null
        ? null
        : { n: formatWhole(Math.abs(month.delta), c.lang), up: direction(month.delta) },
    yearPct:
      pct === null || year.relative === null
        ? null
        : { pct: `${pct.toFixed(1)}%`, up: pct === 0 ? null : direction(year.relative) },
  });
  return withSource(text, c);
}

/** `2020年12月，汉阴县新报社区工厂2家，停报1家，复报1家。` */
export function eventsSentence(
  changes: readonly FactoryChange[],
  placeName: string,
  c: SentenceContext,
): ChangeSentence {
  const n = (e: FactoryChange["event"]) =>
    formatWhole(changes.filter((x) => x.event === e).length, c.lang);
  return withSource(
    changesStrings(c.lang).eventsSentence(c.asOf, placeName, {
      new: n("new"),
      stopped: n("stopped"),
      back: n("back"),
    }),
    c,
  );
}

/** The factories whose jobs rose and fell most (names of factories only, never of persons). */
export function moversSentence(
  up: FactoryChange | undefined,
  down: FactoryChange | undefined,
  placeName: string,
  c: SentenceContext,
): ChangeSentence {
  const one = (x: FactoryChange | undefined) =>
    x ? { name: x.row.name, n: formatWhole(Math.abs(x.jobsDelta), c.lang) } : null;
  return withSource(
    changesStrings(c.lang).moversSentence(c.asOf, placeName, one(up), one(down)),
    c,
  );
}

/** How many towns' status changed, and how many of them for the better. */
export function statusSentence(
  statuses: ChangesAsOf["statuses"],
  placeName: string,
  c: SentenceContext,
): ChangeSentence {
  const s = changesStrings(c.lang);
  if (statuses.length === 0) return withSource(s.statusSentenceNone(c.asOf, placeName), c);
  const severity = (x: (typeof statuses)[number]["now"]) =>
    x === null ? Number.POSITIVE_INFINITY : HEADLINE_SEVERITY[x];
  const better = statuses.filter((x) => severity(x.now) > severity(x.before)).length;
  const worse = statuses.filter((x) => severity(x.now) < severity(x.before)).length;
  const count = (n: number) => formatWhole(n, c.lang);
  return withSource(
    s.statusSentence(c.asOf, placeName, count(statuses.length), count(better), count(worse)),
    c,
  );
}

/** The sentence, its source line and a copy button (shown once the page's script can copy). */
export function sentenceHtml(sentence: ChangeSentence, what: string, lang: Lang): Html {
  const s = changesStrings(lang);
  return markup`<div class="change-sentence" data-change-sentence>
<p class="sentence">${sentence.text}</p>
<p class="source">${sentence.source}</p>
<div class="copy-row"><button${attrs({
    type: "button",
    class: "copy-button",
    "data-copy-text": sentence.copyText,
    "aria-label": s.copyLabel(what),
    "data-needs-script": true,
  })}>${s.copy}</button><span${attrs({
    class: "copy-status",
    role: "status",
    "aria-live": "polite",
    "data-copy-status": true,
    "data-copied": s.copied,
    "data-failed": s.copyFailed,
  })}></span></div>
</div>`;
}
