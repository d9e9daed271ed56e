import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { bodyRows } from "../../../src/lib/html/body-rows";
import { attrs, markup, type Html } from "../../../src/lib/html/html";

/** A table whose body is `rows`, parsed and written back: the DOM as text. */
const dom = (rows: string) =>
  parseHTML(`<html><body><table><tbody>${rows}</tbody></table><p>after</p></body></html>`).document
    .body.innerHTML;

const ROWS: Record<string, Html[]> = {
  "a row header and figures": [
    markup`<tr><th scope="row">2019-06</th><td>1,302</td><td${attrs({ "data-value": 1.5 })}>2</td></tr>`,
    markup`<tr><th scope="row">2019-07</th><td>1,310</td><td>3</td></tr>`,
  ],
  "a list, a link and escaped text in the cells": [
    markup`<tr${attrs({ "data-factory": "f<1>" })}><td><a href="#s3">3</a>: 7</td><td><ul class="factory-flags"><li>${"人数骤降 </td>"}</li></ul></td></tr>`,
  ],
  "empty cells, and one row": [markup`<tr><th></th><td></td><td></td></tr>`],
  "a header cell after a data cell": [markup`<tr><td>a</td><th>b</th><td>c</td></tr>`],
  "whitespace inside a row": [markup`<tr>\n  <td>a</td>\n  <td>b</td>\n</tr>`],
  "a table inside a cell": [
    markup`<tr><td>outer<table><tbody><tr><td>inner</td></tr></tbody></table></td><td>x</td></tr>`,
    markup`<tr><td>y</td></tr>`,
  ],
  "a column of headers": [markup`<tr><th>a</th></tr>`, markup`<tr><th>b</th></tr>`],
};

describe("bodyRows", () => {
  it.each(Object.entries(ROWS))(
    "parses to the DOM of the rows with their end tags: %s",
    (_, rows) => {
      const full = rows.map((r) => r.markup).join("");
      const bare = bodyRows(rows).markup;
      expect(bare.length).toBeLessThan(full.length);
      expect(dom(bare)).toBe(dom(full));
    },
  );

  it("leaves out every `</td>`, `</th>` and `</tr>` that closes a cell or a row", () => {
    expect(
      bodyRows([
        markup`<tr><th scope="row">a</th><td>1</td></tr>`,
        markup`<tr><th scope="row">b</th><td>2</td></tr>`,
      ]).markup,
    ).toBe('<tr><th scope="row">a<td>1<tr><th scope="row">b<td>2');
  });

  it("keeps the end tags inside a cell, and a row that does not end in </tr> as it is", () => {
    expect(bodyRows([markup`<tr><td><ul><li>x</li></ul></td></tr>`]).markup).toBe(
      "<tr><td><ul><li>x</li></ul>",
    );
    expect(bodyRows([markup`<tr><td>x</td></tr>\n`]).markup).toBe("<tr><td>x</td></tr>\n");
  });
});
