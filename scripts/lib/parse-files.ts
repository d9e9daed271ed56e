import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createStagedCsv } from "../../src/lib/pipeline/staged-rows";
import type { Reference } from "../../src/lib/reference/parse-reference";
import { unreadable } from "../../src/lib/pipeline/parse-report";
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
  /** Old-generation heap of each worker, in MB (tests lower it to make a file exhaust it). */
  workerHeapMb?: number | undefined;
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

interface Task {
  first: number;
  paths: string[];
  /** Retried after a worker ran out of memory: runs alone in a worker, so a crash names its file. */
  alone?: boolean;
}

/** What a file gets when parsing it alone exhausted a worker's memory: the run goes on without it. */
const outOfMemory = (path: string, heapMb: number): ParsedFile => ({
  sha256: "",
  result: unreadable(
    path,
    `读取时超出内存上限（${heapMb} MB），请拆分文件 / ran out of memory reading it (limit ${heapMb} MB): split the file`,
  ),
  stagedCsv: "",
});

function parseInWorkers(options: ParseFilesOptions, count: number): Promise<void> {
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  return new Promise((resolve, reject) => {
    const workers = new Set<Worker>();
    const inFlight = new Map<Worker, Task[]>();
    const ready = new Map<number, ParsedFile>();
    const queue: Task[] = [];
    for (let first = 0; first < options.files.length; first += BATCH)
      queue.push({ first, paths: options.files.slice(first, first + BATCH) });
    let delivered = 0;
    let finished = false;
    const stop = () => Promise.all([...workers].map((w) => w.terminate()));
    const fail = (error: Error) => {
      if (finished) return;
      finished = true;
      void stop().then(() => reject(error));
    };
    // Up to two tasks in flight per worker keep it busy while the main thread stages results.
    const fill = (worker: Worker) => {
      const flying = inFlight.get(worker);
      while (flying && flying.length < 2 && !flying.some((t) => t.alone)) {
        const task = queue[0];
        if (!task || (task.alone && flying.length > 0)) return;
        queue.shift();
        flying.push(task);
        worker.postMessage({ first: task.first, paths: task.paths });
      }
    };
    const deliver = () => {
      // Deliver in file order, so progress and the manifest follow the files' order.
      for (let item = ready.get(delivered); item; item = ready.get(delivered)) {
        ready.delete(delivered);
        options.onFile(delivered, item);
        delivered += 1;
      }
      if (delivered === options.files.length && !finished) {
        finished = true;
        void stop().then(() => resolve());
      }
    };
    const onMessage = (worker: Worker, message: WorkerReply) => {
      if (finished) return;
      if (!message.parsed) {
        fail(new Error(message.error ?? "worker failed"));
        return;
      }
      const tasks = inFlight.get(worker) ?? [];
      inFlight.set(
        worker,
        tasks.filter((t) => t.first !== message.first),
      );
      message.parsed.forEach((parsed, k) => ready.set(message.first + k, parsed));
      fill(worker);
      deliver();
    };
    // A worker that runs out of memory takes its files with it: retry them one by one in a fresh
    // worker, and a file that exhausts a worker alone is recorded as too large; the run goes on.
    const onCrash = (worker: Worker, error: Error) => {
      if (finished || !workers.has(worker)) return;
      workers.delete(worker);
      const lost = inFlight.get(worker) ?? [];
      inFlight.delete(worker);
      const isMemory = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      if (!isMemory) {
        fail(error);
        return;
      }
      const only = lost.length === 1 ? lost[0] : undefined;
      const retries: Task[] = [];
      if (only && only.paths.length === 1)
        ready.set(only.first, outOfMemory(only.paths[0] ?? "", heapMb));
      else
        for (const task of lost)
          task.paths.forEach((path, k) =>
            retries.push({ first: task.first + k, paths: [path], alone: true }),
          );
      queue.unshift(...retries);
      deliver();
      if (!finished) start();
    };
    const start = () => {
      const worker = new Worker(WORKER_URL, {
        workerData: { inDir: options.inDir, reference: options.reference },
        // A worker holds a few files at a time: a small heap makes it collect garbage early.
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
      workers.add(worker);
      inFlight.set(worker, []);
      worker.on("message", (m: WorkerReply) => onMessage(worker, m));
      worker.on("error", (error) => onCrash(worker, error));
      fill(worker);
    };
    for (let k = 0; k < count; k += 1) start();
  });
}
