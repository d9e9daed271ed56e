import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createStagedCsv } from "../../src/lib/pipeline/staged-rows";
import type { Reference } from "../../src/lib/reference/parse-reference";
import { readAndParse, type ParsedFile } from "./read-and-parse";

const WORKER_URL = new URL("./parse-worker-bootstrap.mjs", import.meta.url);

/** Old-generation heap of a parsing worker: enough for its caches and a batch of files. */
const WORKER_HEAP_MB = 192;
/** Files per message to a worker. */
const BATCH = 64;

interface WorkerReply {
  first: number;
  parsed?: ParsedFile[];
  error?: string;
}

/** Below this many files, starting worker threads costs more than it saves. */
const POOL_THRESHOLD = 1000;
/** Files read ahead of the one being parsed when parsing in-process, so the disk and the CPU overlap. */
const READ_AHEAD = 32;

export interface ParseFilesOptions {
  inDir: string;
  files: readonly string[];
  reference: Reference;
  /** Worker threads: 0 parses in this thread; undefined picks by the number of files and cores. */
  workers?: number | undefined;
  /** Called once per file, in file order. */
  onFile: (index: number, parsed: ParsedFile) => void;
}

function workerCount(options: ParseFilesOptions): number {
  if (options.workers !== undefined) return options.workers;
  return options.files.length < POOL_THRESHOLD
    ? 0
    : Math.max(1, Math.min(availableParallelism(), 4));
}

/** Reads and parses every file, in worker threads when it pays, delivering results in file order. */
export async function parseFiles(options: ParseFilesOptions): Promise<void> {
  const count = workerCount(options);
  if (count === 0) return parseInProcess(options);
  return parseInWorkers(options, count);
}

async function parseInProcess(options: ParseFilesOptions): Promise<void> {
  const stage = createStagedCsv();
  const pending = new Map<number, Promise<ParsedFile>>();
  const start = (i: number) => {
    const path = options.files[i];
    if (path !== undefined)
      pending.set(i, readAndParse(options.inDir, path, options.reference, stage));
  };
  for (let i = 0; i < Math.min(READ_AHEAD, options.files.length); i += 1) start(i);
  for (let i = 0; i < options.files.length; i += 1) {
    const parsed = await pending.get(i);
    pending.delete(i);
    start(i + READ_AHEAD);
    if (parsed) options.onFile(i, parsed);
  }
}

function parseInWorkers(options: ParseFilesOptions, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const ready = new Map<number, ParsedFile>();
    let next = 0;
    let delivered = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const dispatch = (worker: Worker) => {
      if (next >= options.files.length) return;
      worker.postMessage({ first: next, paths: options.files.slice(next, next + BATCH) });
      next += BATCH;
    };
    const onMessage = (worker: Worker, message: WorkerReply) => {
      if (failed) return;
      if (!message.parsed) {
        failed = true;
        void stop().then(() => reject(new Error(message.error ?? "worker failed")));
        return;
      }
      message.parsed.forEach((parsed, k) => ready.set(message.first + k, parsed));
      dispatch(worker);
      // Deliver in file order, so progress and the manifest follow the files' order.
      for (let item = ready.get(delivered); item; item = ready.get(delivered)) {
        ready.delete(delivered);
        options.onFile(delivered, item);
        delivered += 1;
      }
      if (delivered === options.files.length) void stop().then(() => resolve());
    };
    for (let k = 0; k < count; k += 1) {
      const worker = new Worker(WORKER_URL, {
        workerData: { inDir: options.inDir, reference: options.reference },
        // A worker holds a few files at a time: a small heap makes it collect garbage early.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      worker.on("message", (m: WorkerReply) => onMessage(worker, m));
      worker.on("error", (error) => {
        if (failed) return;
        failed = true;
        void stop().then(() => reject(error));
      });
      workers.push(worker);
      // Two tasks in flight per worker keep it busy while the main thread stages results.
      dispatch(worker);
      dispatch(worker);
    }
  });
}
