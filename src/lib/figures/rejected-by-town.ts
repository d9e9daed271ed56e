import { monthEnd } from "./month-end";

/** The part of a manifest input (manifest.json) this needs: its town, period label and rejected rows. */
export interface ManifestInputLike {
  town_id: string | null;
  period: string | null;
  rejected: number;
}

const MONTH = /^(\d{4})-?(\d{2})$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/;

/** The last day of a manifest period label (`2018-06`, `201806`, `2018-Q2`, `2018Q2`), or null. */
export function periodLabelEnd(label: string): string | null {
  const m = MONTH.exec(label);
  if (m) return monthEnd(Number(m[1]), Number(m[2]));
  const q = QUARTER.exec(label);
  if (q) return monthEnd(Number(q[1]), Number(q[2]) * 3);
  return null;
}

/**
 * Rows rejected by the pipeline per town, from files whose period ends on or before D (a file with no
 * period of its own counts at every D). Rejects live in manifest.json / rejects.csv, not in the four
 * tables, so this joins them in after the SQL.
 */
export function rejectedByTown(
  inputs: readonly ManifestInputLike[],
  asOf: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    if (input.town_id === null || input.rejected === 0) continue;
    const end = input.period === null ? null : periodLabelEnd(input.period);
    if (end !== null && end > asOf) continue;
    counts.set(input.town_id, (counts.get(input.town_id) ?? 0) + input.rejected);
  }
  return counts;
}
