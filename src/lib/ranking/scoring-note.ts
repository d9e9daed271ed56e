import { rankingStrings } from "../../i18n/ranking-strings";
import { inLang, type Lang } from "../i18n/lang";
import type { County } from "../reference/schema";
import type { Scoring } from "../reference/scoring-schema";

/**
 * The note under the ranking's scoring method: what each county's documents say of the towns' assessment
 * (the clause in data/reference/counties/*.json, `assessment`), then the scoring file's own note. Built
 * from the reference data so it names as many documents as there are counties that cite one, never
 * "both documents" for a site of one or three counties, and each document's clause once, however many
 * counties cite it.
 */
export function scoringNote(
  counties: readonly Pick<County, "documents" | "assessment">[],
  scoring: Pick<Scoring, "note" | "note_en">,
  lang: Lang,
): string {
  const r = rankingStrings(lang);
  const citations = counties.flatMap(({ documents, assessment }) => {
    const document = documents.find((d) => d.document_id === assessment?.document_id);
    return assessment && document ? [r.assessmentCitation(document.number, assessment.quote)] : [];
  });
  // Counties citing the same clause of the same document (a city's shared rules) cite it once.
  const distinct = [...new Set(citations)];
  const basis = distinct.length > 0 ? r.assessmentBasis(distinct) : r.noAssessmentBasis;
  return r.scoringNote(basis, inLang({ zh: scoring.note, en: scoring.note_en }, lang));
}
