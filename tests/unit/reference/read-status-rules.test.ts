import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStatusRules, REFERENCE_DIR } from "../../../scripts/lib/read-reference";
import { STATUS_RULES } from "../../../src/lib/reference/bundled-reference";
import { ReferenceError } from "../../../src/lib/reference/parse-reference";

// `npm run figures` once took the project's status.json whatever folder REFERENCE_DIR or --reference named.
describe("readStatusRules", () => {
  const other = mkdtempSync(join(tmpdir(), "status-rules-"));
  afterAll(() => rmSync(other, { recursive: true, force: true }));

  it("reads the same rules the site bundles from the reference folder", async () => {
    expect(await readStatusRules()).toEqual(STATUS_RULES);
  });

  it("reads the folder it is given", async () => {
    const sample: unknown = JSON.parse(readFileSync(join(REFERENCE_DIR, "status.json"), "utf8"));
    const stricter = { ...(sample as object), green_max_points_behind: 1 };
    writeFileSync(join(other, "status.json"), JSON.stringify(stricter));
    expect((await readStatusRules(other)).green_max_points_behind).toBe(1);
  });

  it("names the file it cannot read", async () => {
    const empty = join(other, "empty");
    await expect(readStatusRules(empty)).rejects.toThrow(ReferenceError);
    await expect(readStatusRules(empty)).rejects.toThrow(join(empty, "status.json"));
  });
});
