import { z } from "zod";
import { figureRowSchema, queryRows, type FigureRow } from "./decode-rows";
import { FIGURES_SQL, figuresParams } from "../sql/figures-sql";
import { addMonths, monthEndOf } from "./month-end";
import type { QueryRunner } from "./query-runner";
import type { FigureScope } from "../sql/scope";

/** The first and last period end of the reports: where a series can have data. */
export const REPORT_SPAN_SQL = `
SELECT CAST(min(period_end) AS VARCHAR) AS first_end, CAST(max(period_end) AS VARCHAR) AS last_end
FROM reports
`;
const spanSchema = z.object({ first_end: z.string().nullable(), last_end: z.string().nullable() });

/**
 * The month-end figures of a scope from `from` to `to` (FIGURES_SQL), asked for over a span that does not
 * depend on the two dates: from twelve months before the first report (or `from`, if earlier) to the last
 * report (or `to`, if later). A runner that caches results (the browser's) then answers every other as-of
 * month of the same scope, every year of the ranking and every town of the county from the rows it already
 * has.
 */
export async function figureSeries(
  runner: QueryRunner,
  scope: FigureScope,
  from: string,
  to: string,
): Promise<FigureRow[]> {
  // A town's figures are its row of its county's (every figure is a sum over factories: county = Σ towns),
  // so a town is answered from the county's rows, which the browser has already asked for.
  if (scope.townId !== null) {
    const county = await figureSeries(runner, { ...scope, townId: null }, from, to);
    return county
      .filter((r) => r.town_id === scope.townId)
      .flatMap((r) => [{ ...r, town_id: null, town_name: null }, r]);
  }
  const [span] = await queryRows(runner, spanSchema, REPORT_SPAN_SQL, []);
  const first = span?.first_end ? addMonths(span.first_end, -12) : from;
  const last = span?.last_end ? monthEndOf(span.last_end) : to;
  const rows = await queryRows(
    runner,
    figureRowSchema,
    FIGURES_SQL,
    figuresParams(scope, first < from ? first : from, last > to ? last : to),
  );
  return rows.filter((r) => r.as_of >= from && r.as_of <= to);
}
