import { type Lang, pickLabelZhEn } from "../i18n/lang";
import { statusStyle } from "../charts/chart-style";
import type { PathStatus } from "../figures/path-status";
import { markup, type Html } from "./html";

/** A status as text shows it: its glyph (the shape cue that needs no colour, hidden from readers) and its name. */
export function statusHtml(status: PathStatus | null, lang: Lang): Html {
  const style = statusStyle(status);
  return markup`<span aria-hidden="true">${style.glyph}</span> ${pickLabelZhEn(style, lang)}`;
}

/** The inline style that gives a status cell its colour (`--status-color`, used by the stylesheets). */
export const statusColorStyle = (status: PathStatus | null): string =>
  `--status-color: ${statusStyle(status).color}`;
