import { describe, expect, it } from "vitest";
import {
  FACTORY_BOOK_PAGE_SIZE,
  factoryBookPages,
  factoryBookPath,
  factoryPath,
} from "../../../src/lib/towns/factory-path";
import * as townPaths from "../../../src/lib/towns/town-paths";

// Issue #19: one home for a factory's address, by the site's shape.
describe("factoryPath", () => {
  const factory = { factory_id: "91610921MA4QY9CWEB", town_id: "hanyin-jianchi" };

  it("is the factory's own page up to three counties", () => {
    expect(factoryPath(factory, "zh-CN", false)).toBe("/factories/91610921MA4QY9CWEB/");
    expect(factoryPath(factory, "en", false)).toBe("/en/factories/91610921MA4QY9CWEB/");
  });

  it("is the factory's section of its town's book on a province site", () => {
    expect(factoryPath(factory, "zh-CN", true)).toBe(
      "/towns/hanyin-jianchi/factories/#91610921MA4QY9CWEB",
    );
    expect(factoryPath(factory, "en", true)).toBe(
      "/en/towns/hanyin-jianchi/factories/#91610921MA4QY9CWEB",
    );
  });

  it("keeps an id with URL characters in one piece", () => {
    expect(factoryPath({ factory_id: "a b#c", town_id: "t" }, "zh-CN", false)).toBe(
      "/factories/a%20b%23c/",
    );
    expect(factoryPath({ factory_id: "a b#c", town_id: "t" }, "zh-CN", true)).toBe(
      "/towns/t/factories/#a%20b%23c",
    );
  });

  it("is the one the pages import from town-paths", () => {
    expect(townPaths.factoryPath).toBe(factoryPath);
    expect(townPaths.factoryBookPath).toBe(factoryBookPath);
  });
});

describe("factoryBookPath and factoryBookPages", () => {
  it("names the first page without a number and later pages with one", () => {
    expect(factoryBookPath("t", "zh-CN")).toBe("/towns/t/factories/");
    expect(factoryBookPath("t", "zh-CN", 1)).toBe("/towns/t/factories/");
    expect(factoryBookPath("t", "en", 2)).toBe("/en/towns/t/factories/2/");
  });

  it.each([
    [0, [0]],
    [1, [1]],
    [FACTORY_BOOK_PAGE_SIZE, [FACTORY_BOOK_PAGE_SIZE]],
    [FACTORY_BOOK_PAGE_SIZE + 1, [FACTORY_BOOK_PAGE_SIZE, 1]],
    [2 * FACTORY_BOOK_PAGE_SIZE + 5, [FACTORY_BOOK_PAGE_SIZE, FACTORY_BOOK_PAGE_SIZE, 5]],
  ])("splits %i factories into pages of %j, in order", (n, sizes) => {
    const factories = Array.from({ length: n }, (_, i) => i);
    const pages = factoryBookPages(factories);
    expect(pages.map((p) => p.length)).toEqual(sizes);
    expect(pages.flat()).toEqual(factories);
  });
});
