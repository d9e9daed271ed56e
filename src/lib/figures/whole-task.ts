/**
 * A town's task for one year in whole factories: its total allocation phased by the cumulative share the
 * path puts at the year's end, rounded, minus the same for the year before. The years' tasks add up to the
 * total, and none is a fraction ("任务 0.9" is not a task a town can be given); a year may get 0.
 */
export function wholeTask(total: number, shareBefore: number, shareThrough: number): number {
  const through = Math.round(Number((total * shareThrough).toFixed(9)));
  const before = Math.round(Number((total * shareBefore).toFixed(9)));
  return Math.max(0, through - before);
}
