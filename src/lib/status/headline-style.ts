import { CHART_PALETTE } from "../charts/chart-style";
import type { HeadlineStatus } from "./headline-status";

/** How a headline status is shown: a colour (AA on white) always with a glyph and a word, never colour alone. */
export interface HeadlineStyle {
  color: string;
  glyph: string;
  /** The light a county official knows it by (红黄绿灯). */
  light_zh: string;
  light_en: string;
  label_zh: string;
  label_en: string;
}

export const HEADLINE_STYLE: Record<HeadlineStatus, HeadlineStyle> = {
  on_track: {
    color: CHART_PALETTE.bluishGreenText,
    glyph: "●",
    light_zh: "绿",
    light_en: "green",
    label_zh: "按计划推进",
    label_en: "on track",
  },
  at_risk: {
    color: CHART_PALETTE.orangeText,
    glyph: "▲",
    light_zh: "黄",
    light_en: "yellow",
    label_zh: "有风险",
    label_en: "at risk",
  },
  off_track: {
    color: CHART_PALETTE.vermillionText,
    glyph: "■",
    light_zh: "红",
    light_en: "red",
    label_zh: "明显落后",
    label_en: "off track",
  },
  met: {
    color: CHART_PALETTE.bluishGreenText,
    glyph: "✓",
    light_zh: "绿",
    light_en: "green",
    label_zh: "已完成",
    label_en: "met",
  },
  missed: {
    color: CHART_PALETTE.vermillionText,
    glyph: "✕",
    light_zh: "红",
    light_en: "red",
    label_zh: "未完成",
    label_en: "missed",
  },
};
