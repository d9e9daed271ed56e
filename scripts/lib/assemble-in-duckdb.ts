import type { DuckDBConnection } from "@duckdb/node-api";
import {
  ACCEPTED_SQL,
  FACTORIES_SQL,
  RANK_STAGED_SQL,
  REPORTS_SQL,
  SUPERSEDED_SQL,
} from "../../src/lib/pipeline/assemble-sql";
import type { Reject } from "../../src/lib/pipeline/output-schema";
import { rejectMessage } from "../../src/lib/pipeline/reject-message";
import { copyToParquet } from "./write-parquet";

/** What the cross-file steps leave for the manifest: rows rejected as superseded, accepted rows per file. */
export interface AssembleResult {
  superseded: Reject[];
  acceptedByFile: Map<string, number>;
  asOf: string | null;
}

/** Runs the cross-file steps on the `staged` table and writes reports.parquet and factories.parquet. */
export async function assembleInDuckDb(
  connection: DuckDBConnection,
  paths: { reports: string; factories: string },
): Promise<AssembleResult> {
  await connection.run(RANK_STAGED_SQL);
  await copyToParquet(connection, REPORTS_SQL, paths.reports);
  await copyToParquet(connection, FACTORIES_SQL, paths.factories);
  const superseded = (await connection.runAndReadAll(SUPERSEDED_SQL)).getRowObjectsJS();
  const accepted = (await connection.runAndReadAll(ACCEPTED_SQL)).getRowObjectsJS();
  let asOf: string | null = null;
  const acceptedByFile = new Map<string, number>();
  for (const row of accepted) {
    acceptedByFile.set(String(row["source_file"]), Number(row["accepted"]));
    const end = String(row["last_end"]);
    if (asOf === null || end > asOf) asOf = end;
  }
  return {
    acceptedByFile,
    asOf,
    superseded: superseded.map((row) => {
      const file = String(row["source_file"]);
      const line = Number(row["source_row"]);
      return {
        source_file: file,
        source_row: line,
        column: "",
        reason: "superseded",
        source_sheet: String(row["source_sheet"]),
        message: rejectMessage(file, line, "", {
          zh: `被后报送的文件 ${String(row["winner_file"])} 第 ${String(row["winner_row"])} 行替代`,
          en: `replaced by the later file ${String(row["winner_file"])}, row ${String(row["winner_row"])}`,
        }),
      };
    }),
  };
}
