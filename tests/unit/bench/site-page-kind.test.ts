import { describe, expect, it } from "vitest";
import { pageKind } from "../../../bench/site";

// bench/site reports the largest page of each kind: both languages of a page are one kind, and a
// page below a section (a town, a factory) is its own kind, apart from the section's index.
describe("pageKind", () => {
  it.each([
    ["index.html", "overview"],
    ["en/index.html", "overview"],
    ["towns/index.html", "towns"],
    ["towns/b01-anle/index.html", "towns/*"],
    ["en/towns/b01-anle/index.html", "towns/*"],
    ["factories/index.html", "factories"],
    ["en/factories/f-0001/index.html", "factories/*"],
    ["brief/2020-12/index.html", "brief/*"],
    ["404.html", "404.html"],
    ["county/b01/index.html", "county/*"],
    ["en/county/b01/ranking/index.html", "county/*/ranking"],
    ["county/b01/brief/2020-06/index.html", "county/*/brief/*"],
  ])("%s is a %s page", (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});
