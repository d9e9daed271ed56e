import type { FigureRow, TargetRow } from "./decode-rows";

export interface LeadingAndBases {
  leading: number;
  /** The county's leading-enterprise target (Pingli: 8, 平办发〔2017〕31号 二), null without one. */
  target: number | null;
  share_of_target: number | null;
  clause: string | null;
  quote: string | null;
  bases: { province: number; city: number; county: number; total: number };
}

/** Leading enterprises and employment bases among active factories, against the county's target. */
export function leadingAndBases(row: FigureRow, targets: readonly TargetRow[]): LeadingAndBases {
  const target = targets.find((t) => t.scope === "county" && t.metric === "leading") ?? null;
  return {
    leading: row.leading,
    target: target?.value ?? null,
    share_of_target: target ? row.leading / target.value : null,
    clause: target?.clause ?? null,
    quote: target?.quote ?? null,
    bases: {
      province: row.base_province,
      city: row.base_city,
      county: row.base_county,
      total: row.base_province + row.base_city + row.base_county,
    },
  };
}
