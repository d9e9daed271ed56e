import type { APIRoute } from "astro";
import type { ReferencePayload } from "../../lib/check/check-protocol";

// The report checker (/check/) parses in the browser with the same reference data as `npm run data`:
// the county and industry files' own texts, validated there by the same parseReference.
const countyTexts = import.meta.glob<string>("@reference/counties/*.json", {
  eager: true,
  query: "?raw",
  import: "default",
});
const industriesTexts = import.meta.glob<string>("@reference/industries.json", {
  eager: true,
  query: "?raw",
  import: "default",
});

const fileName = (path: string) => path.replace(/^.*\//, "");

export const GET: APIRoute = () => {
  const payload: ReferencePayload = {
    counties: Object.entries(countyTexts)
      .map(([path, text]) => ({ path: `counties/${fileName(path)}`, text }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    industries: Object.entries(industriesTexts).map(([path, text]) => ({
      path: fileName(path),
      text,
    }))[0] ?? { path: "industries.json", text: "" },
  };
  return new Response(JSON.stringify(payload), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
