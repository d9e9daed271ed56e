import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../scripts/lib/run-pipeline";
import { type Measured, measure } from "./measure";
import { copyProject } from "./project-copy";

/** A site built from one data set: its project copy, its dist, and what the pipeline and build took. */
export interface BuiltSite {
  project: string;
  dist: string;
  pipelineSeconds: number;
  /** `astro build`, measured (wall, CPU, peak RSS). */
  build: Measured;
}

/**
 * Builds the site of one data set the way bench/site measures it and bench/engine serves it (one home
 * for both): a copy of the project (project-copy.ts) in a new `bench-site-*` folder under the system's
 * temporary folder gets the pipeline's output in its public/data, then `astro build` runs under GNU time
 * with REFERENCE_DIR naming the set's reference folder. `use` gets the built site; afterwards the copy
 * is removed, or kept (and its path logged) with `keep`, for a later `--dist` / `--province-dist` run.
 */
export async function withBuiltSite<T>(
  options: {
    label: string;
    rawDir: string;
    refDir: string;
    keep: boolean;
    log: (message: string) => void;
  },
  use: (site: BuiltSite) => Promise<T>,
): Promise<T> {
  const { label, log } = options;
  const project = copyProject(mkdtempSync(join(tmpdir(), "bench-site-")));
  try {
    log(`${label}: pipeline …`);
    const pipelineStarted = performance.now();
    await runPipeline({
      inDir: options.rawDir,
      outDir: join(project, "public/data"),
      referenceDir: options.refDir,
      onWarning: () => {},
    });
    const pipelineSeconds = (performance.now() - pipelineStarted) / 1000;
    log(`${label}: astro build in ${project} …`);
    // `npm run build`, as a person builds it (package.json's Node options included).
    const build = await measure(["npm", "run", "--silent", "build"], project, {
      ...process.env,
      REFERENCE_DIR: options.refDir,
    });
    log(`${label}: built in ${build.wallSeconds.toFixed(0)} s`);
    return await use({ project, dist: join(project, "dist"), pipelineSeconds, build });
  } finally {
    if (options.keep) log(`kept ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}
