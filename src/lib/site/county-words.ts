import type { Lang } from "../i18n/lang";
import type { County } from "../reference/schema";
import { zhCount } from "./count-words";

/** What the site's words need of a county: its names and the documents its targets cite. */
export type CountyNaming = Pick<County, "name" | "name_en" | "documents" | "targets">;

/** Words for "the counties this site covers", chosen by how many there are (issue #19). */
export interface CountyWords {
  /** Every county together: 两县, 三县, 40个县 · both counties, all 3 counties (one county: its name). */
  all: string;
  /** The counties as a definite phrase: 两县 · the two counties, the 3 counties. */
  the: string;
  /** Up to NAMED_AT_MOST counties by name (汉阴县、平利县 · Hanyin and Pingli counties), else `the`. */
  listed: string;
  /** The documents the targets cite, by number, for up to NAMED_AT_MOST counties; else a pointer. */
  targetDocuments: string;
}

/** Beyond three counties a list of names or document numbers stops being readable in a subtitle. */
export const NAMED_AT_MOST = 3;

// "Hanyin County" → "Hanyin": the name as it stands before "counties" or in brackets.
const shortEn = (county: CountyNaming) => county.name_en.replace(/\s+County\b.*$/, "");

const enList = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;

/** Numbers of the documents a county's targets cite, in the order the county lists its documents. */
function targetDocumentNumbers(county: CountyNaming): string[] {
  const cited = new Set(county.targets.map((t) => t.document_id));
  return county.documents.filter((d) => cited.has(d.document_id)).map((d) => d.number);
}

/** The site's words for its set of counties, in one language; never 两县 / "both" unless there are two. */
export function countyWords(counties: readonly CountyNaming[], lang: Lang): CountyWords {
  return WORDS[lang](counties, counties.length <= NAMED_AT_MOST);
}

// Each language counts and lists counties by its own grammar (两县 / both counties): a table keyed by
// language rather than a comparison.
const WORDS: Record<Lang, (counties: readonly CountyNaming[], named: boolean) => CountyWords> = {
  "zh-CN": (counties, named) => {
    const n = counties.length;
    const all =
      n === 1 ? (counties[0]?.name ?? "") : n <= 10 ? `${zhCount(n)}县` : `${zhCount(n)}个县`;
    return {
      all,
      the: all,
      listed: named ? counties.map((c) => c.name).join("、") : all,
      targetDocuments: named
        ? counties.flatMap(targetDocumentNumbers).join("；")
        : "各县政策文件（见“方法”页）",
    };
  },
  en: (counties, named) => {
    const n = counties.length;
    const one = n === 1 ? (counties[0]?.name_en ?? "") : null;
    const count = n.toLocaleString("en-US");
    const the = one ?? (n === 2 ? "the two counties" : `the ${count} counties`);
    return {
      all: one ?? (n === 2 ? "both counties" : `all ${count} counties`),
      the,
      listed: one ?? (named ? `${enList(counties.map(shortEn))} counties` : the),
      targetDocuments: named
        ? enList(
            counties.flatMap((c) => targetDocumentNumbers(c).map((d) => `${d} (${shortEn(c)})`)),
          )
        : "each county's policy documents (see Methodology)",
    };
  },
};
