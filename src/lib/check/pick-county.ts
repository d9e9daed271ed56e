import { resolveTown } from "../parse/resolve-town";
import type { FileResult } from "../pipeline/parse-report";
import type { County } from "../reference/schema";

/**
 * The county whose town the file name names, when exactly one county has such a town. In the pipeline the
 * county is the folder a file sits in; a clerk choosing a file has no folder, and both counties have a
 * 城关镇, so a name that fits two counties (or none) decides nothing.
 */
export function countyFromFileName(fileName: string, counties: readonly County[]): County | null {
  const matching = counties.filter((c) => resolveTown(fileName, c.towns) !== null);
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/**
 * Of the same file parsed as each county's, the reading that fits best: the most accepted rows, then the
 * fewest rows of unknown towns, then the fewest rejects; the first county on a tie.
 */
export function bestReading<T extends { result: FileResult }>(readings: readonly T[]): T | null {
  const unknownTowns = (r: FileResult) =>
    r.rejects.filter((x) => x.reason === "unknown_town").length;
  let best: T | null = null;
  for (const reading of readings) {
    if (best === null) {
      best = reading;
      continue;
    }
    const a = reading.result;
    const b = best.result;
    const better =
      a.rows.length !== b.rows.length
        ? a.rows.length > b.rows.length
        : unknownTowns(a) !== unknownTowns(b)
          ? unknownTowns(a) < unknownTowns(b)
          : a.rejects.length < b.rejects.length;
    if (better) best = reading;
  }
  return best;
}
