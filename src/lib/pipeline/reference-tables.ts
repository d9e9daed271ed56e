import type { Reference } from "../reference/parse-reference";
import type { County } from "../reference/schema";
import type { TargetOutputRow, TownOutputRow } from "./output-schema";

/** towns.parquet rows: every town of every county in the reference data. */
export function townRows(reference: Reference): TownOutputRow[] {
  return reference.counties.flatMap((county) =>
    county.towns.map((town) => ({
      county_id: county.county_id,
      county_name: county.name,
      town_id: town.town_id,
      town_name: town.name,
      town_name_en: town.name_en,
      short_names: town.short_names.join("|"),
      lat: town.lat,
      lon: town.lon,
    })),
  );
}

function documentNumber(county: County, documentId: string): string {
  return county.documents.find((d) => d.document_id === documentId)?.number ?? documentId;
}

/**
 * targets.parquet rows: the county targets, each town's task (Hanyin's allocation, marked provisional
 * while it is our stand-in) and per-town yearly rules (Pingli: ≥2 new factories a year), one row a year.
 */
export function targetRows(reference: Reference): TargetOutputRow[] {
  return reference.counties.flatMap((county) => {
    const countyTargets: TargetOutputRow[] = county.targets.map((t) => ({
      target_id: t.target_id,
      county_id: county.county_id,
      scope: "county",
      town_id: null,
      metric: t.metric,
      value: t.value,
      unit: t.unit,
      year: null,
      deadline: t.deadline,
      status: "official",
      document_id: t.document_id,
      document_number: documentNumber(county, t.document_id),
      clause: t.clause,
      quote: t.quote,
      note: t.note ?? null,
    }));
    const allocation = county.town_allocation;
    const tasks: TargetOutputRow[] = allocation
      ? Object.entries(allocation.tasks).flatMap(([townId, task]) =>
          county.targets.flatMap((t) => {
            const value = t.metric in task ? task[t.metric as keyof typeof task] : undefined;
            if (value === undefined) return [];
            return [
              {
                target_id: `${t.target_id}-${townId}`,
                county_id: county.county_id,
                scope: "town",
                town_id: townId,
                metric: t.metric,
                value,
                unit: t.unit,
                year: null,
                deadline: t.deadline,
                status: allocation.status,
                document_id: allocation.document_id,
                document_number: documentNumber(county, allocation.document_id),
                clause: "附件",
                quote: allocation.quote,
                note: allocation.method,
              },
            ];
          }),
        )
      : [];
    const rules: TargetOutputRow[] = county.town_rules.flatMap((rule) =>
      county.towns.flatMap((town) =>
        rule.years.map((year) => ({
          target_id: `${rule.rule_id}-${town.town_id}-${year}`,
          county_id: county.county_id,
          scope: "town",
          town_id: town.town_id,
          metric: rule.metric,
          value: rule.value,
          unit: "factories",
          year,
          deadline: `${year}-12-31`,
          status: "official",
          document_id: rule.document_id,
          document_number: documentNumber(county, rule.document_id),
          clause: rule.clause,
          quote: rule.quote,
          note: null,
        })),
      ),
    );
    return [...countyTargets, ...tasks, ...rules];
  });
}
