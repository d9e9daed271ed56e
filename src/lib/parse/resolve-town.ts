import { toHalfWidth } from "./to-half-width";

/** The part of a town's reference entry that names it. */
export interface TownNames {
  town_id: string;
  /** Full name, e.g. 城关镇. */
  name: string;
  /** Short forms, e.g. 城关. */
  short_names: readonly string[];
}

// 城关镇, 城关镇（街道）, 城关街道, 城关街道办事处 all name the same town.
const SUFFIX = /(?:镇|乡|街道办事处|街道)$/;

const normalise = (text: string): string => toHalfWidth(text).replace(/\s+/g, "");
// A town cell may name the town's government (DATA-CONTRACT §6): 老县镇人民政府, 老县镇政府, 老县镇政府办.
const GOVERNMENT = /(?:人民政府|政府办公室|政府办|政府)$/;

function namesOf(town: TownNames): string[] {
  const base = town.name.replace(SUFFIX, "");
  const names = [town.name, ...town.short_names, `${base}街道`, `${base}镇(街道)`];
  return names.map(normalise).filter((name) => name !== "");
}

/**
 * Resolves a town column, title row or file name to a `town_id` within ONE county's towns: exact name,
 * short form (城关 → 城关镇) or a name inside longer text, preferring the longest match; null if none or ambiguous.
 */
export function resolveTown(text: string, towns: readonly TownNames[]): string | null {
  const plain = normalise(text).replace(GOVERNMENT, "");
  if (plain === "") return null;
  const exact = towns.filter((town) => namesOf(town).includes(plain));
  if (exact.length === 1 && exact[0] !== undefined) return exact[0].town_id;
  if (exact.length > 1) return null;
  let best: string | null = null;
  let bestLength = 0;
  let tied = false;
  for (const town of towns) {
    const length = Math.max(
      0,
      ...namesOf(town)
        .filter((n) => plain.includes(n))
        .map((n) => n.length),
    );
    if (length === 0 || length < bestLength) continue;
    if (length === bestLength) {
      tied ||= best !== town.town_id;
    } else {
      best = town.town_id;
      bestLength = length;
      tied = false;
    }
  }
  return tied ? null : best;
}
