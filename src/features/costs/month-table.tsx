import { formatMoney } from '../../domain/cost/format';
import type { ChartLine } from './cost-chart';

/** The chart's figures month by month: the table alternative, scrollable on its own. */
export function MonthTable({ lines, currency }: { lines: readonly ChartLine[]; currency: string }) {
  const months = Math.max(0, ...lines.map((l) => l.values.length));
  return (
    // A scrolling region must be reachable by keyboard: it takes focus and has a name.
    <div className="cost-month-table" tabIndex={0} role="region" aria-label="Cumulative cost by month">
      <table className="cost-table">
        <caption>Cumulative cost by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {lines.map((l) => (
              <th key={l.name} scope="col">
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: months }, (_, m) => (
            <tr key={m}>
              <th scope="row">{m + 1}</th>
              {lines.map((l) => (
                <td key={l.name}>{formatMoney(l.values[m] ?? 0, currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
