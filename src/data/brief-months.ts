import { briefMonthSlug, briefMonthsOf } from "../lib/status/brief-month-path";
import { dataStatus } from "./figures";
import { reportMonthEnds } from "./published-tables";

/**
 * The month ends the brief is pre-rendered for, newest first: of the list the overview's as-of control
 * offers (first report's month to the data's as-of date), the quarter ends and the latest month.
 */
export async function briefMonths(): Promise<string[]> {
  return briefMonthsOf(await reportMonthEnds(dataStatus.as_of), dataStatus.as_of).toReversed();
}

/** getStaticPaths of /brief/[month]/: every month but the latest, which is /brief/ itself. */
export async function briefMonthStaticPaths() {
  const months = await briefMonths();
  return months
    .filter((asOf) => asOf !== dataStatus.as_of)
    .map((asOf) => ({ params: { month: briefMonthSlug(asOf) }, props: { asOf } }));
}
