import { describe, expect, it } from "vitest";
import { isRefusal, refusedBeforeRunning } from "../../../src/lib/browser/sql-console";

describe("isRefusal", () => {
  it.each([
    // DuckDB-WASM 1.32's own words under enable_external_access = false and lock_configuration = true.
    [
      'Permission Error: Cannot access file "http://127.0.0.1:9/a.csv" - file system operations are disabled by configuration',
      true,
    ],
    [
      'Invalid Input Error: Cannot change configuration option "enable_external_access" - the configuration has been locked',
      true,
    ],
    ["Permission Error: installing extensions is disabled on this site", true],
    ['Parser Error: syntax error at or near "SELEC"', false],
    ["Catalog Error: Table with name no_such_table does not exist!", false],
  ])("%s → %s", (message, refused) => {
    expect(isRefusal(message)).toBe(refused);
  });
});

describe("refusedBeforeRunning", () => {
  it.each([
    ["INSTALL httpfs", true],
    ["  install httpfs FROM 'http://127.0.0.1:9'", true],
    ["FORCE INSTALL httpfs", true],
    ["-- get the extension\nINSTALL httpfs", true],
    ["/* x */ INSTALL httpfs", true],
    ["SELECT 'INSTALL httpfs' AS note", false],
    ["SELECT * FROM factories", false],
    ["LOAD httpfs", false], // DuckDB refuses it itself (tested in the browser)
  ])("%j → %s", (sql, refused) => {
    const reason = refusedBeforeRunning(sql);
    expect(reason !== null).toBe(refused);
    if (reason) expect(isRefusal(reason)).toBe(true);
  });
});
