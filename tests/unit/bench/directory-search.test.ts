import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { namesToType } from "../../../bench/lib/directory-search";
import { buildSearchIndex } from "../../../src/lib/factories/factory-search-index";

// bench/site types factory names into the directory's search box: the province's index, else the table's.
describe("namesToType", () => {
  const dist = mkdtempSync(join(tmpdir(), "directory-search-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const names = Array.from({ length: 30 }, (_, i) => `工厂${i}`);

  it("takes ten names spread over a directory table's rows", () => {
    mkdirSync(join(dist, "factories/county/b01"), { recursive: true });
    // The name heads its row, linking to the factory's section of its town's book (a province site).
    const rows = names.map(
      (n, i) =>
        `<tr><th scope="row"><a href="/towns/t/factories/#f${i}">${n}</a></th><td><a href="/towns/t/">t</a></td></tr>`,
    );
    writeFileSync(
      join(dist, "factories/county/b01/index.html"),
      `<table data-testid="directory-table"><tbody>${rows.join("")}</tbody></table>`,
    );
    expect(namesToType(dist, "factories/county/b01")).toEqual(names.filter((_, i) => i % 3 === 0));
  });

  it("takes them from the search index on a province's /factories/", () => {
    const index = buildSearchIndex(
      names.map((name, i) => ({ factory_id: `f${i}`, name, county_id: "b01", town_id: "b01-a" })),
      [],
    );
    writeFileSync(join(dist, "factories/search-index.json"), JSON.stringify(index));
    expect(namesToType(dist, "factories")).toHaveLength(10);
    expect(namesToType(dist, "factories")[1]).toBe("工厂3");
  });
});
