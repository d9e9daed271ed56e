// A worker thread of the pipeline: reads and parses the report files it is sent, in parallel with the others.
import { parentPort, workerData } from "node:worker_threads";
import { createStagedCsv } from "../../src/lib/pipeline/staged-rows";
import type { Reference } from "../../src/lib/reference/parse-reference";
import { readAndParse } from "./read-and-parse";

interface WorkerInit {
  inDir: string;
  reference: Reference;
}

const init = workerData as WorkerInit; // set by parse-files.ts from the same type
const stage = createStagedCsv();
// Files come in batches: one message per file costs more than parsing a small report.
parentPort?.on("message", (task: { first: number; paths: string[] }) => {
  Promise.all(task.paths.map((path) => readAndParse(init.inDir, path, init.reference, stage))).then(
    (parsed) => parentPort?.postMessage({ first: task.first, parsed }),
    (error: unknown) =>
      parentPort?.postMessage({
        first: task.first,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
