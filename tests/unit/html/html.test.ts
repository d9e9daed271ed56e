import { describe, expect, it } from "vitest";
import { attrs, classList, escapeHtml, Html, markup } from "../../../src/lib/html/html";

describe("escapeHtml", () => {
  it.each([
    { text: "平利县", out: "平利县" },
    {
      text: `<script>alert("x")</script>`,
      out: "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
    },
    { text: "A & B's", out: "A &amp; B&#39;s" },
  ])("$text", ({ text, out }) => {
    expect(escapeHtml(text)).toBe(out);
  });
});

describe("markup", () => {
  it("escapes text, keeps nested markup and joins lists", () => {
    const name = "<b>厂</b>";
    const out = markup`<ul>${["a<", "b"].map((x) => markup`<li>${x}</li>`)}</ul><p>${name}</p>`;
    expect(out).toBeInstanceOf(Html);
    expect(out.markup).toBe("<ul><li>a&lt;</li><li>b</li></ul><p>&lt;b&gt;厂&lt;/b&gt;</p>");
  });

  it.each<{ value: number | null | undefined | false; out: string }>([
    { value: null, out: "<td></td>" },
    { value: undefined, out: "<td></td>" },
    { value: false, out: "<td></td>" },
    { value: 0, out: "<td>0</td>" },
    { value: 1234.5, out: "<td>1234.5</td>" },
  ])("writes $value as $out", ({ value, out }) => {
    expect(markup`<td>${value}</td>`.markup).toBe(out);
  });
});

describe("attrs", () => {
  it("leaves out null, undefined and false, writes true bare and escapes the rest", () => {
    expect(
      attrs({
        class: "num",
        hidden: true,
        "data-x": null,
        "data-y": undefined,
        "data-z": false,
        "data-value": 0,
        title: `say "hi" <now>`,
      }).markup,
    ).toBe(' class="num" hidden data-value="0" title="say &quot;hi&quot; &lt;now&gt;"');
  });

  it("writes an empty string as an empty attribute", () => {
    expect(attrs({ "data-value": "" }).markup).toBe(' data-value=""');
  });
});

describe("classList", () => {
  it.each<{ names: (string | null | false)[]; out: string | null }>([
    { names: ["a", null, "b", false, ""], out: "a b" },
    { names: [null, false], out: null },
  ])("$names → $out", ({ names, out }) => {
    expect(classList(...names)).toBe(out);
  });
});
