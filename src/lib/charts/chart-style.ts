import type { PathStatus } from "../figures/path-status";

/**
 * Okabe–Ito colours (Okabe & Ito 2008, safe for the common colour-vision deficiencies). The `*Text`
 * variants are darkened until they reach WCAG AA contrast (4.5:1) against white, for labels and lines
 * that carry meaning; the originals are for fills next to a text label.
 */
export const CHART_PALETTE = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  blueText: "#0072B2",
  bluishGreenText: "#006E52",
  orangeText: "#876800",
  vermillionText: "#C04500",
  reddishPurpleText: "#9E3D78",
  grey: "#444444",
  lightGrey: "#C8C8C8",
  background: "#FFFFFF",
} as const;

/** How one path status is drawn: colour, a dash for lines, a Plot symbol, a text glyph, and its name. */
export interface StatusStyle {
  /** Passes WCAG AA (4.5:1) on white, so it can colour text as well as marks. */
  color: string;
  /** SVG stroke-dasharray for lines in this status, so greyscale prints still tell them apart. */
  dash?: string;
  /** A Plot symbol name for dots. */
  symbol: "circle" | "triangle" | "diamond" | "square" | "times";
  /** A glyph put beside text labels, the shape cue that does not rely on colour. */
  glyph: string;
  label_zh: string;
  label_en: string;
}

/** One style per status of `pathStatus` (src/lib/figures/path-status.ts). */
export const STATUS_STYLE: Record<PathStatus, StatusStyle> = {
  ahead: {
    color: CHART_PALETTE.blueText,
    symbol: "triangle",
    glyph: "▲",
    label_zh: "进度超前",
    label_en: "ahead",
  },
  at_risk: {
    color: CHART_PALETTE.orangeText,
    dash: "6,3",
    symbol: "diamond",
    glyph: "◆",
    label_zh: "有风险",
    label_en: "at risk",
  },
  behind: {
    color: CHART_PALETTE.vermillionText,
    dash: "2,3",
    symbol: "square",
    glyph: "▼",
    label_zh: "进度落后",
    label_en: "behind",
  },
  met: {
    color: CHART_PALETTE.bluishGreenText,
    symbol: "circle",
    glyph: "●",
    label_zh: "已完成",
    label_en: "met",
  },
  missed: {
    color: CHART_PALETTE.reddishPurpleText,
    dash: "1,2",
    symbol: "times",
    glyph: "✕",
    label_zh: "未完成",
    label_en: "missed",
  },
};

/** Drawn for a town without a status (no task to compare against). */
export const NO_STATUS_STYLE: StatusStyle = {
  color: CHART_PALETTE.grey,
  symbol: "circle",
  glyph: "○",
  label_zh: "无任务",
  label_en: "no task",
};

/** The style of a status, or the neutral one when there is none. */
export const statusStyle = (status: PathStatus | null): StatusStyle =>
  status === null ? NO_STATUS_STYLE : STATUS_STYLE[status];

/** Fills for categories without an order (the ranking's indicators), in Okabe–Ito order. */
export const CATEGORY_FILLS = [
  CHART_PALETTE.blue,
  CHART_PALETTE.orange,
  CHART_PALETTE.bluishGreen,
  CHART_PALETTE.vermillion,
  CHART_PALETTE.skyBlue,
  CHART_PALETTE.reddishPurple,
  CHART_PALETTE.yellow,
  CHART_PALETTE.black,
] as const;

/** The font the charts are drawn and measured in. */
export const CHART_FONT = {
  family: 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  size: 11,
  smallSize: 10,
} as const;

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#RRGGBB` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Black or white, whichever reads better on `fill` (labels inside bars). */
export const textOn = (fill: string): string =>
  contrastRatio(fill, CHART_PALETTE.black) >= contrastRatio(fill, CHART_PALETTE.background)
    ? CHART_PALETTE.black
    : CHART_PALETTE.background;
