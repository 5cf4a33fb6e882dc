// The date histogram above the results: its bins, from the chunked index's counts per month.

export interface HistogramBin {
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  /** The period's first and last day: the `from` and `to` a click sets. */
  from: string;
  to: string;
  count: number;
}

export interface DateHistogram {
  unit: 'year' | 'month';
  /** Every period from the first dated result's to the last's, empty ones included, oldest first. */
  bins: HistogramBin[];
}

/** Results spanning at most this many months are binned by month, others by year. */
export const MONTHLY_UP_TO = 24;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The results per year, or per month when their dates span two years or less, from their counts per
 * `YYYY-MM` (what the chunked index returns; undated results are not in them).
 */
export function histogramOfMonths(perMonth: Iterable<readonly [string, number]>): DateHistogram {
  const months = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const [period, count] of perMonth) {
    if (count <= 0) continue;
    const month = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
    months.set(month, (months.get(month) ?? 0) + count);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (months.size === 0) return { unit: 'year', bins: [] };
  if (last - first + 1 <= MONTHLY_UP_TO) {
    const bins: HistogramBin[] = [];
    for (let m = first; m <= last; m++) {
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      const period = `${year}-${pad(month)}`;
      bins.push({
        period,
        from: `${period}-01`,
        to: `${period}-${pad(lastDayOf(year, month))}`,
        count: months.get(m) ?? 0,
      });
    }
    return { unit: 'month', bins };
  }
  const years = new Map<number, number>();
  for (const [m, count] of months)
    years.set(Math.floor(m / 12), (years.get(Math.floor(m / 12)) ?? 0) + count);
  const bins: HistogramBin[] = [];
  for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year++) {
    bins.push({
      period: String(year),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      count: years.get(year) ?? 0,
    });
  }
  return { unit: 'year', bins };
}
