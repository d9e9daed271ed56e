import type { County } from "../reference/schema";
import { certificationCheck, type CertificationCheck } from "./certification-check";
import { queryRows, ruleInputRowSchema } from "./decode-rows";
import type { QueryRunner } from "./query-runner";
import { RULE_INPUTS_SQL, ruleInputsParams } from "../sql/rule-inputs-sql";
import type { FigureScope } from "../sql/scope";
import {
  subsidyEstimate,
  subsidyTotals,
  SUBSIDY_ESTIMATE_LABEL,
  type FactorySubsidyEstimate,
  type SubsidyTotals,
} from "./subsidy-estimates";

export interface PolicyChecks {
  as_of: string;
  /** Null when the county's documents state no certification rule (Pingli). */
  certification: CertificationCheck[] | null;
  /** Null when the county's documents state no subsidies the reports can estimate (Pingli). */
  subsidies: {
    label: typeof SUBSIDY_ESTIMATE_LABEL;
    factories: FactorySubsidyEstimate[];
    towns: SubsidyTotals[];
    county: SubsidyTotals;
  } | null;
}

/** Certification checks and subsidy estimates for every factory of the scope known at D. */
export async function policyChecks(
  runner: QueryRunner,
  county: County,
  asOf: string,
  scope: FigureScope,
): Promise<PolicyChecks> {
  const rules = county.policy_rules;
  if (!rules) return { as_of: asOf, certification: null, subsidies: null };
  const rows = await queryRows(
    runner,
    ruleInputRowSchema,
    RULE_INPUTS_SQL,
    ruleInputsParams(scope, asOf),
  );
  const factories = rows.map((r) => subsidyEstimate(r, rules.subsidies, asOf));
  const townIds = county.towns
    .map((t) => t.town_id)
    .filter((id) => scope.townId === null || id === scope.townId);
  return {
    as_of: asOf,
    certification: rows.map((r) => certificationCheck(r, rules.certification, asOf)),
    subsidies: {
      label: SUBSIDY_ESTIMATE_LABEL,
      factories,
      towns: townIds.map((id) => subsidyTotals(factories, id)),
      county: subsidyTotals(factories, null),
    },
  };
}
