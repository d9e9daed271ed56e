import { Html } from "./html";

/**
 * A cell's end tag that the next cell's start, or the row's end, closes anyway. Not a `</td>` before a
 * `<th>`: HTML closes it there too, but linkedom (the build's and the tests' DOM) would nest the `th`.
 */
const CELL_END = /<\/td>(?=<td[\s>]|$)|<\/th>(?=<t[dh][\s>]|$)/g;
const ROW_END = "</tr>";

/**
 * A table body's rows, each written as `<tr>…</tr>` with its cells closed, joined without their optional
 * end tags: HTML closes a `td` or `th` at the next cell or at the row's end, and a `tr` at the next row
 * or at the body's end, so the DOM is the same (tests/unit/html/body-rows.test.ts parses both). A province
 * has ~1,000,000 report rows in its factory books: `</td>`, `</th>` and `</tr>` were ~40 bytes of each.
 * Put the rows directly before `</tbody>` (or `</table>`), as a body's whole content. A row not ending
 * in `</tr>` is left as it is.
 */
export function bodyRows(rows: readonly Html[]): Html {
  let out = "";
  for (const { markup } of rows)
    out += markup.endsWith(ROW_END)
      ? markup.slice(0, -ROW_END.length).replace(CELL_END, "")
      : markup;
  return new Html(out);
}
