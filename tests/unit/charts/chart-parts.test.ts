import { describe, expect, it } from "vitest";
import {
  CHART_PALETTE,
  contrastRatio,
  STATUS_STYLE,
  textOn,
} from "../../../src/lib/charts/chart-style";
import { placeLabels } from "../../../src/lib/charts/place-labels";
import { roundCoordinates } from "../../../src/lib/charts/render-svg";
import { nodeDocument } from "../../../src/lib/charts/node-document";
import { textWidth, wrapText } from "../../../src/lib/charts/text-width";
import { formatMonth, monthEndTicks } from "../../../src/lib/charts/time-axis";
import { parseSvg, render } from "./svg-snapshot";

describe("STATUS_STYLE", () => {
  it.each(Object.entries(STATUS_STYLE))("%s passes WCAG AA for text on white", (_, style) => {
    expect(contrastRatio(style.color, CHART_PALETTE.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every status its own colour, glyph and symbol", () => {
    const styles = Object.values(STATUS_STYLE);
    for (const key of ["color", "glyph", "symbol", "label_zh", "label_en"] as const)
      expect(new Set(styles.map((s) => s[key])).size).toBe(styles.length);
  });

  it.each([
    [CHART_PALETTE.yellow, CHART_PALETTE.black],
    [CHART_PALETTE.blue, CHART_PALETTE.background],
  ])("writes on %s in %s", (fill, text) => {
    expect(textOn(fill)).toBe(text);
  });
});

describe("formatMonth", () => {
  it.each([
    ["2019-06-30", "zh-CN", "2019年6月"],
    ["2019-06-30", "en", "Jun 2019"],
    ["2020-12-31", "zh-CN", "2020年12月"],
    ["2017-01-31", "en", "Jan 2017"],
  ] as const)("%s in %s is %s", (date, lang, text) => {
    expect(formatMonth(date, lang)).toBe(text);
  });
});

describe("monthEndTicks", () => {
  it("keeps December (deadlines, milestones) on a tick and thins ticks on narrow charts", () => {
    const wide = monthEndTicks("2017-09-30", "2020-12-31", 900, "zh-CN", 11);
    const narrow = monthEndTicks("2017-09-30", "2020-12-31", 250, "zh-CN", 11);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(wide.map(iso)).toContain("2020-12-31");
    expect(narrow.map(iso)).toEqual(["2017-12-31", "2019-12-31"]);
    expect(wide.length).toBeGreaterThan(narrow.length);
  });
});

describe("textWidth", () => {
  it("counts a Chinese character as a whole em, Plot's estimate being half", () => {
    expect(textWidth("铁佛寺镇", 10)).toBe(40);
    expect(textWidth("（人）", 10)).toBe(30);
    expect(textWidth("Puxi", 10)).toBeLessThan(30);
  });

  it.each([
    ["Year 1: lay foundations", 80, ["Year 1: lay", "foundations"]],
    ["一年打基础", 33, ["一年打", "基础"]],
    ["一年打基础", 200, ["一年打基础"]],
  ])("wraps %s at %ipx", (text, width, lines) => {
    expect(wrapText(text, width, 11)).toEqual(lines);
  });
});

describe("placeLabels", () => {
  it("moves a label away from a neighbour's circle", () => {
    const boxes = placeLabels(
      [
        { cx: 100, cy: 100, r: 10, width: 40, height: 12 },
        { cx: 150, cy: 100, r: 10, width: 40, height: 12 },
      ],
      { x: 0, y: 0, width: 400, height: 400 },
    );
    const first = boxes[0];
    expect(first && first.x + first.width <= 140).toBe(true);
  });
});

describe("renderSvg", () => {
  const svg = render((document) => {
    const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", "M1.23456,2L3.14159,4.5");
    path.setAttribute("aria-label", "3.14159");
    root.append(path);
    return root;
  }, "c");

  it("adds the namespace and role, named and described by the caption's title and description", () => {
    const root = parseSvg(svg);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-labelledby")).toBe("c-title");
    expect(root.getAttribute("aria-describedby")).toBe("c-desc");
    // No copy of the caption's words: the page says them once.
    expect(root.querySelector("title, desc")).toBeNull();
  });

  it("rounds coordinates to two decimals but leaves text attributes alone", () => {
    expect(svg).toContain('d="M1.23,2L3.14,4.5"');
    expect(svg).toContain('data-mark="3.14159"');
  });

  it("rounds in place on any element", () => {
    const document = nodeDocument();
    const g = document.createElementNS("http://www.w3.org/2000/svg", "g");
    g.setAttribute("transform", "translate(10.005001,-3.33333)");
    roundCoordinates(g);
    expect(g.getAttribute("transform")).toBe("translate(10.01,-3.33)");
  });
});
