/** A rectangle in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A circle to label, and the size of its label. */
export interface LabelRequest {
  cx: number;
  cy: number;
  r: number;
  width: number;
  height: number;
}

const GAP = 3;

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const circleBox = (c: LabelRequest): Box => ({
  x: c.cx - c.r,
  y: c.cy - c.r,
  width: 2 * c.r,
  height: 2 * c.r,
});

/** Right, left, above, below, then the four diagonals: where a label may go beside its circle. */
function candidates(c: LabelRequest): Box[] {
  const { cx, cy, r, width: w, height: h } = c;
  const d = r * Math.SQRT1_2;
  return [
    { x: cx + r + GAP, y: cy - h / 2, width: w, height: h },
    { x: cx - r - GAP - w, y: cy - h / 2, width: w, height: h },
    { x: cx - w / 2, y: cy - r - GAP - h, width: w, height: h },
    { x: cx - w / 2, y: cy + r + GAP, width: w, height: h },
    { x: cx + d, y: cy - d - h, width: w, height: h },
    { x: cx - d - w, y: cy - d - h, width: w, height: h },
    { x: cx + d, y: cy + d, width: w, height: h },
    { x: cx - d - w, y: cy + d, width: w, height: h },
  ];
}

/**
 * Greedy label placement: each label, in the order given, takes the first position beside its circle
 * that stays inside `bounds` and covers no circle and no label already placed; failing that, the one
 * that covers least. Deterministic, so snapshots are stable.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box): Box[] {
  const circles = requests.map(circleBox);
  const placed: Box[] = [];
  return requests.map((request, i) => {
    const cost = (box: Box) => {
      const outside = box.width * box.height - overlap(box, bounds);
      const onCircles = circles.reduce((s, c, j) => s + (j === i ? 0 : overlap(box, c)), 0);
      const onLabels = placed.reduce((s, p) => s + overlap(box, p), 0);
      return outside * 4 + onCircles + onLabels * 2;
    };
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const box of candidates(request)) {
      const c = cost(box);
      if (c < bestCost) {
        best = box;
        bestCost = c;
      }
      if (c === 0) break;
    }
    const chosen = best ?? { x: request.cx, y: request.cy, width: 0, height: 0 };
    placed.push(chosen);
    return chosen;
  });
}
