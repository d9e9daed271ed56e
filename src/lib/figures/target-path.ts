import { epochDay } from "./month-end";

/** A point of a target path: by `date`, `share` of the gap from the baseline to the target is closed. */
export interface PathAnchor {
  date: string;
  share: number;
}

/**
 * The anchors of a target path: 0 at the path's start (the document's date), each phasing milestone
 * strictly between start and deadline, and 1 at the deadline. Without milestones the path is a straight
 * line, the reading used wherever a document gives no phasing.
 */
export function pathAnchors(
  start: string,
  deadline: string,
  milestones: readonly PathAnchor[] = [],
): PathAnchor[] {
  const inside = milestones
    .filter((m) => m.date > start && m.date < deadline)
    .toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [
    { date: start, share: 0 },
    ...inside.map((m) => ({ date: m.date, share: m.share })),
    { date: deadline, share: 1 },
  ];
}

/** The share of the gap expected to be closed at `date`: linear in days between anchors, 0 before, 1 after. */
export function pathShare(anchors: readonly PathAnchor[], date: string): number {
  const first = anchors[0];
  const last = anchors.at(-1);
  if (!first || !last) return 1;
  if (date <= first.date) return first.share;
  if (date >= last.date) return last.share;
  const day = epochDay(date);
  for (let i = 1; i < anchors.length; i += 1) {
    const a = anchors[i - 1];
    const b = anchors[i];
    if (!a || !b || date > b.date) continue;
    const span = epochDay(b.date) - epochDay(a.date);
    return span <= 0 ? b.share : a.share + ((b.share - a.share) * (day - epochDay(a.date))) / span;
  }
  return last.share;
}

/** The value expected on the path at `date`: baseline + share × (target − baseline). */
export function targetPath(input: {
  baseline: number;
  target: number;
  anchors: readonly PathAnchor[];
  date: string;
}): number {
  return input.baseline + pathShare(input.anchors, input.date) * (input.target - input.baseline);
}
