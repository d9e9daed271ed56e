/** The pipeline could write nothing trustworthy: one line for the person who ran it. */
export class PipelineError extends Error {
  override name = "PipelineError";
}
