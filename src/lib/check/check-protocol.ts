import type { Lang } from "../i18n/lang";
import type { ReferenceFile } from "../reference/parse-reference";

/** What the page asks the checker's worker: one file's bytes (transferred, never copied off the machine). */
export interface CheckRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  /** A county_id, or "" to pick the county from the file (`countyFromFileName`, `bestReading`). */
  countyId: string;
  lang: Lang;
}

/** What the worker answers: that it started reading (after loading itself), then the result or a failure. */
export type CheckReply =
  | { id: number; kind: "parsing" }
  | { id: number; kind: "done"; html: string; problems: number }
  | { id: number; kind: "failed"; message: string };

/** The site's reference files as `/check/reference.json` serves them: the same texts the build validates. */
export interface ReferencePayload {
  counties: ReferenceFile[];
  industries: ReferenceFile;
}

const isFile = (value: unknown): value is ReferenceFile =>
  typeof value === "object" &&
  value !== null &&
  "path" in value &&
  "text" in value &&
  typeof value.path === "string" &&
  typeof value.text === "string";

/** Checks the payload's shape; the files' contents are then validated by `parseReference`, as at build time. */
export function isReferencePayload(value: unknown): value is ReferencePayload {
  return (
    typeof value === "object" &&
    value !== null &&
    "counties" in value &&
    "industries" in value &&
    Array.isArray(value.counties) &&
    value.counties.every(isFile) &&
    isFile(value.industries)
  );
}
