import type { PolicyRules } from "../reference/schema";
import type { RuleInputRow } from "./decode-rows";
import { parseIsoDate } from "./month-end";

/** `unknown` is never shown as passed: it means the reports cannot tell. */
export type ConditionStatus = "pass" | "fail" | "unknown";

export interface CertificationCondition {
  condition: "min_workers" | "min_months" | "min_households" | "max_area";
  status: ConditionStatus;
  /** What the reports show (fewest workers, months with production), null when they cannot show it. */
  value: number | null;
  threshold: number;
  clause: string;
  quote: string;
  why: { zh: string; en: string };
}

export interface CertificationCheck {
  factory_id: string;
  name: string;
  town_id: string;
  year: number;
  certified_on: string | null;
  conditions: CertificationCondition[];
  /** `fails` if a condition the reports show fails; otherwise `undetermined` (some conditions are never shown). */
  overall: "fails" | "undetermined";
}

type Certification = PolicyRules["certification"];

function monthsCondition(
  row: RuleInputRow,
  rule: Certification,
  asOf: string,
): CertificationCondition {
  const months = Math.max(row.months_reported_in_year, row.stated_months_in_year ?? 0);
  const monthsLeft = 12 - (parseIsoDate(asOf)?.month ?? 12);
  const base = {
    condition: "min_months" as const,
    value: months,
    threshold: rule.min_months_per_year,
    clause: rule.clause,
    quote: rule.quote,
  };
  if (months >= rule.min_months_per_year)
    return {
      ...base,
      status: "pass",
      why: { zh: `本年已生产 ${months} 个月`, en: `${months} months of production this year` },
    };
  if (months + monthsLeft < rule.min_months_per_year)
    return {
      ...base,
      status: "fail",
      why: {
        zh: `本年仅 ${months} 个月，剩余月份不足`,
        en: `only ${months} months this year, too few months left`,
      },
    };
  return {
    ...base,
    status: "unknown",
    why: {
      zh: `本年尚未结束（已 ${months} 个月）`,
      en: `the year is not over (${months} months so far)`,
    },
  };
}

/**
 * The certification conditions of 汉人社发〔2017〕132号 三（一） for one factory in the calendar year of D:
 * workers held at ≥15 in every report of the year, ≥6 months of production in the year. The community
 * size (≥50 households) and distance (within 1 km²) are not in the reports: always `unknown`.
 */
export function certificationCheck(
  row: RuleInputRow,
  rule: Certification,
  asOf: string,
): CertificationCheck {
  const year = parseIsoDate(asOf)?.year ?? 0;
  const workers: CertificationCondition =
    row.min_employees_in_year === null
      ? {
          condition: "min_workers",
          status: "unknown",
          value: null,
          threshold: rule.min_workers,
          clause: rule.clause,
          quote: rule.quote,
          why: { zh: "本年没有报表", en: "no report this year" },
        }
      : {
          condition: "min_workers",
          status: row.min_employees_in_year >= rule.min_workers ? "pass" : "fail",
          value: row.min_employees_in_year,
          threshold: rule.min_workers,
          clause: rule.clause,
          quote: rule.quote,
          why: {
            zh: `本年报表中最少 ${row.min_employees_in_year} 人`,
            en: `fewest workers in a report this year: ${row.min_employees_in_year}`,
          },
        };
  const unverifiable = (
    condition: "min_households" | "max_area",
    threshold: number,
  ): CertificationCondition => ({
    condition,
    status: "unknown",
    value: null,
    threshold,
    clause: rule.clause,
    quote: rule.unverifiable_quote,
    why: { zh: "报表不含此项，无法核实", en: "the reports do not show this" },
  });
  const conditions = [
    workers,
    monthsCondition(row, rule, asOf),
    unverifiable("min_households", rule.min_households),
    unverifiable("max_area", rule.max_area_km2),
  ];
  return {
    factory_id: row.factory_id,
    name: row.name,
    town_id: row.town_id,
    year,
    certified_on: row.certified_on,
    conditions,
    overall: conditions.some((c) => c.status === "fail") ? "fails" : "undetermined",
  };
}
