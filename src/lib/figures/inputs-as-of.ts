import { periodLabelEnd } from "./rejected-by-town";

/**
 * The manifest's input files a page at an earlier as-of date D counts: those whose period ends on or
 * before D, and those with no period of their own (as rejectedByTown counts them), so a month's brief
 * does not count reports received for later months.
 */
export function inputsAsOf<T extends { period: string | null }>(
  inputs: readonly T[],
  asOf: string,
): T[] {
  return inputs.filter((input) => {
    const end = input.period === null ? null : periodLabelEnd(input.period);
    return end === null || end <= asOf;
  });
}
