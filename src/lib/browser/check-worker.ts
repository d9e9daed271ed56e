/// <reference lib="webworker" />
import { config } from "zod";
import { checkStrings } from "../../i18n/check-strings";
import { checkHtml } from "../check/check-html";
import { isReferencePayload, type CheckReply, type CheckRequest } from "../check/check-protocol";
import { checkView } from "../check/check-view";
import { personalColumns } from "../check/personal-columns";
import { bestReading, countyFromFileName } from "../check/pick-county";
import { parseReportFile } from "../pipeline/parse-report";
import { findCounty, parseReference, type Reference } from "../reference/parse-reference";
import type { County } from "../reference/schema";

/**
 * The report checker's worker: the pipeline's own `parseReportFile` on a file the clerk chose, with the
 * site's reference data. It is started only when a file is chosen, so the workbook reader and the parsing
 * core load then and never before; the file's bytes stay in this browser.
 */

declare const self: DedicatedWorkerGlobalScope;

// zod probes `new Function` to decide whether to compile its parsers; under the site's Content-Security-
// Policy (no 'unsafe-eval') that probe is a reported violation, so the reference data is checked without it,
// as the page's first-paint script arranges for the page itself.
config({ jitless: true });

let reference: Promise<Reference> | null = null;

async function loadReference(): Promise<Reference> {
  const response = await fetch("/check/reference.json");
  if (!response.ok)
    throw new Error(
      `无法读取参考数据 / cannot load the reference data: HTTP ${response.status} /check/reference.json`,
    );
  const payload: unknown = await response.json();
  if (!isReferencePayload(payload))
    throw new Error("参考数据格式不对 / the reference data has the wrong shape");
  return parseReference(payload.counties, payload.industries);
}

const reply = (message: CheckReply) => self.postMessage(message);

async function check(request: CheckRequest): Promise<CheckReply> {
  reference ??= loadReference();
  const ref = await reference.catch((error: unknown) => {
    reference = null; // try again with the next file
    throw error;
  });
  reply({ id: request.id, kind: "parsing" });
  const bytes = new Uint8Array(request.bytes);
  const read = (county: County | undefined, countyId: string) =>
    parseReportFile({
      // The pipeline's path is <county folder>/<file>: the file name still gives period and town.
      path: `${countyId}/${request.name}`,
      bytes,
      countyId,
      county,
      industries: ref.industries,
    }).then((result) => ({ county, result }));
  const chosen = request.countyId
    ? findCounty(ref, request.countyId)
    : countyFromFileName(request.name, ref.counties);
  const reading = chosen
    ? await read(chosen, chosen.county_id)
    : bestReading(await Promise.all(ref.counties.map((c) => read(c, c.county_id))));
  if (!reading) throw new Error("没有县级参考数据 / no county in the reference data");
  const labels =
    reading.result.personal.columns > 0
      ? await personalColumns(request.name, bytes)
      : new Map<string, string[]>();
  const view = checkView(reading.result, request.name, reading.county, request.lang, labels);
  return {
    id: request.id,
    kind: "done",
    html: checkHtml(view, checkStrings(request.lang), request.lang).markup,
    problems: view.problems,
  };
}

self.addEventListener("message", (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  check(request).then(reply, (error: unknown) =>
    reply({
      id: request.id,
      kind: "failed",
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
