import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartImage, chartSize, CJK_FONT_STACK } from "../../../src/lib/downloads/chart-image";

const SVG_NS = "http://www.w3.org/2000/svg";

function chart(attributes: string): Element {
  const { document } = parseHTML(
    `<!doctype html><html><body><div class="chart-svg"><svg xmlns="${SVG_NS}" ${attributes} class="plot-1" role="img" aria-labelledby="c-title" aria-describedby="c-desc"><line x1="0" x2="10" y1="0" y2="10"></line><text>2019年12月</text></svg></div></body></html>`,
  );
  const svg = document.querySelector("svg");
  if (!svg) throw new Error("no svg in the fixture");
  return svg;
}

const TEXT = {
  title: "平利县社区工厂数进展",
  description: "截至2020年12月，平利县社区工厂数为目标的九成。",
  lines: [
    "来源：目标依据平办发〔2017〕31号（二、主要目标）；数据为各镇社区工厂报表汇总",
    "数据截至 2020-12-31",
  ],
  notice:
    "注意：本站当前显示的镇级报表为程序生成的示例数据（合成数据），并非真实统计，仅用于演示。",
};

describe("chartSize", () => {
  it.each([
    ['width="640" height="280" viewBox="0 0 640 280"', { width: 640, height: 280 }],
    ['viewBox="0 0 360 300"', { width: 360, height: 300 }],
  ])("%s", (attributes, expected) => {
    expect(chartSize(chart(attributes))).toEqual(expected);
  });

  it("refuses a chart without a size", () => {
    expect(() => chartSize(chart(""))).toThrow(/no size/);
  });
});

describe("chartImage", () => {
  it("wraps the chart in a standalone SVG with the notice and title above, source and as-of below", () => {
    const source = chart('width="640" height="280" viewBox="0 0 640 280"');
    const image = chartImage(source, TEXT);
    expect(image.markup.startsWith(`<svg xmlns="${SVG_NS}"`)).toBe(true);
    expect(image.width).toBe(640 + 32);
    expect(image.height).toBeGreaterThan(280 + 16 * 4);
    const { document } = parseHTML(`<!doctype html><html><body>${image.markup}</body></html>`);
    const root = document.querySelector("body > svg");
    expect(root?.getAttribute("font-family")).toBe(CJK_FONT_STACK);
    expect(root?.getAttribute("width")).toBe(String(image.width));
    expect(root?.querySelector("rect")?.getAttribute("fill")).toBe("#ffffff");
    const drawn = Array.from(root?.children ?? [])
      .filter((e) => e.tagName.toLowerCase() === "text")
      .map((e) => e.textContent)
      .join("");
    for (const words of [TEXT.title, ...TEXT.lines, TEXT.notice]) expect(drawn).toContain(words);
    // Named and described inside the file: the page's chart is named by its caption, which stays behind.
    expect(root?.firstElementChild?.tagName.toLowerCase()).toBe("title");
    expect(root?.querySelector(":scope > title")?.textContent).toBe(TEXT.title);
    expect(root?.querySelector(":scope > desc")?.textContent).toBe(TEXT.description);
    // The chart itself sits inside, moved below the title, at its own size.
    const nested = root?.querySelector("svg");
    expect(nested?.getAttribute("class")).toBe("plot-1");
    expect(nested?.getAttribute("x")).toBe("16");
    expect(Number(nested?.getAttribute("y"))).toBeGreaterThan(16);
    expect(nested?.getAttribute("width")).toBe("640");
    // Its page labels point at a caption the file does not hold.
    for (const name of ["role", "aria-labelledby", "aria-describedby"])
      expect(nested?.hasAttribute(name)).toBe(false);
  });

  it("wraps long lines to the chart's width on a narrow chart", () => {
    const image = chartImage(chart('width="360" height="300"'), TEXT);
    const { document } = parseHTML(`<!doctype html><html><body>${image.markup}</body></html>`);
    const lines = Array.from(document.querySelectorAll("body > svg > text"));
    // Notice (2 lines), title, source (2 lines), as-of at 12 px in 360 px.
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines.map((l) => l.textContent).join("")).toContain(TEXT.notice);
  });

  it("puts the synthetic-data notice at the top, above the title and the chart, so a cropped top keeps it", () => {
    const image = chartImage(chart('width="640" height="280"'), TEXT);
    const { document } = parseHTML(`<!doctype html><html><body>${image.markup}</body></html>`);
    const lines = Array.from(document.querySelectorAll("body > svg > text"));
    const y = (e: Element | undefined) => Number(e?.getAttribute("y"));
    const noticeLines = lines.filter((l) => TEXT.notice.includes(l.textContent ?? "\u0000"));
    const titleLine = lines.find((l) => l.textContent === TEXT.title);
    const chartTop = Number(document.querySelector("body > svg > svg")?.getAttribute("y"));
    expect(noticeLines.map((l) => l.textContent).join("")).toBe(TEXT.notice);
    expect(lines[0]).toBe(noticeLines[0]);
    for (const line of noticeLines) expect(y(line)).toBeLessThan(y(titleLine));
    expect(y(titleLine)).toBeLessThan(chartTop);
  });

  it("leaves the notice out for real data, and the page's chart untouched", () => {
    const source = chart('width="640" height="280"');
    const before = source.outerHTML;
    const image = chartImage(source, { ...TEXT, notice: null });
    expect(image.markup).not.toContain("示例数据");
    expect(source.outerHTML).toBe(before);
  });
});
