import type { PolicyRules } from "../reference/schema";
import type { RuleInputRow } from "./decode-rows";

type Subsidy = PolicyRules["subsidies"][number];

/** Every amount here is an estimate from reported figures, never a record of money paid. */
export const SUBSIDY_ESTIMATE_LABEL = {
  zh: "根据报表数字估算，并非实际发放金额",
  en: "Estimated from reported figures, not amounts actually paid",
} as const;

export interface SubsidyItem {
  subsidy_id: string;
  /** Estimated yuan; null when the reports cannot give an amount (rent and utilities are not reported). */
  amount_yuan: number | null;
  /** For flag-type subsidies (rent and utilities): whether the factory qualifies on its current report. */
  eligible: boolean | null;
  basis: { zh: string; en: string };
  clause: string;
  quote: string;
}

export interface FactorySubsidyEstimate {
  factory_id: string;
  name: string;
  town_id: string;
  items: SubsidyItem[];
  total_yuan: number;
}

export interface SubsidyTotals {
  town_id: string | null;
  factories: number;
  total_yuan: number;
  by_subsidy: Record<string, { amount_yuan: number; eligible_factories: number }>;
}

function item(subsidy: Subsidy, row: RuleInputRow, asOf: string): SubsidyItem | null {
  const cite = { subsidy_id: subsidy.subsidy_id, clause: subsidy.clause, quote: subsidy.quote };
  switch (subsidy.per) {
    case "poor_worker_with_1y_contract": {
      const people = row.poor_with_contract;
      return {
        ...cite,
        amount_yuan:
          people === null || subsidy.amount_yuan === undefined
            ? null
            : people * subsidy.amount_yuan,
        eligible: people === null ? null : people > 0,
        basis:
          people === null
            ? { zh: "报表未填一年以上合同人数", en: "contracts ≥1 year not reported" }
            : {
                zh: `至多 ${people} 名贫困劳动力签订一年以上合同（取两数较小者的历次最大值）`,
                en: `up to ${people} poor workers on ≥1-year contracts (largest min(poor, contracts) in any report)`,
              },
      };
    }
    case "factory_once": {
      const certified = row.certified_on !== null && row.certified_on <= asOf;
      return {
        ...cite,
        amount_yuan: certified && subsidy.amount_yuan !== undefined ? subsidy.amount_yuan : 0,
        eligible: certified,
        basis: certified
          ? {
              zh: "已认定为社区工厂；是否首次创业、是否就业困难人员报表无法核实",
              en: "certified; first-time founder status cannot be checked from the reports",
            }
          : { zh: "尚未认定为社区工厂", en: "not certified" },
      };
    }
    case "factory_quarter": {
      const share = row.employees > 0 ? row.poor_workers / row.employees : 0;
      const eligible = subsidy.min_poor_share !== undefined && share >= subsidy.min_poor_share;
      return {
        ...cite,
        amount_yuan: null,
        eligible,
        basis: {
          zh: `当期贫困劳动力占 ${(share * 100).toFixed(1)}%；租金水电费未在报表中，金额无法估算`,
          en: `poor workers are ${(share * 100).toFixed(1)}% of staff in the current report; rent and utilities are not reported, so no amount`,
        },
      };
    }
    case "factory_by_base_level": {
      const level = row.base_level === "none" ? undefined : row.base_level;
      const amount = level === undefined ? 0 : (subsidy.amounts_yuan?.[level] ?? 0);
      return {
        ...cite,
        amount_yuan: amount,
        eligible: level !== undefined,
        basis:
          level === undefined
            ? { zh: "不是就业扶贫基地", en: "not an employment base" }
            : { zh: `${level} 级就业扶贫基地`, en: `${level}-level employment base` },
      };
    }
    default:
      return null;
  }
}

/** Hanyin's subsidies (汉人社发〔2017〕132号 三（四）（五）（七）) estimated for one factory at D. */
export function subsidyEstimate(
  row: RuleInputRow,
  subsidies: readonly Subsidy[],
  asOf: string,
): FactorySubsidyEstimate {
  const items = subsidies.flatMap((s) => item(s, row, asOf) ?? []);
  return {
    factory_id: row.factory_id,
    name: row.name,
    town_id: row.town_id,
    items,
    total_yuan: items.reduce((sum, i) => sum + (i.amount_yuan ?? 0), 0),
  };
}

/** Sums of factory estimates for one town (or the county, town_id null). */
export function subsidyTotals(
  estimates: readonly FactorySubsidyEstimate[],
  townId: string | null,
): SubsidyTotals {
  const mine = townId === null ? estimates : estimates.filter((e) => e.town_id === townId);
  const by_subsidy: SubsidyTotals["by_subsidy"] = {};
  for (const e of mine) {
    for (const i of e.items) {
      const entry = (by_subsidy[i.subsidy_id] ??= { amount_yuan: 0, eligible_factories: 0 });
      entry.amount_yuan += i.amount_yuan ?? 0;
      if (i.eligible === true) entry.eligible_factories += 1;
    }
  }
  return {
    town_id: townId,
    factories: mine.length,
    total_yuan: mine.reduce((s, e) => s + e.total_yuan, 0),
    by_subsidy,
  };
}
