import { useId } from 'react';
import { formatMoney } from '../../domain/cost/format';

export interface ChartLine {
  readonly name: string;
  /** Cumulative cost by month, in minor units. */
  readonly values: readonly number[];
}

interface CostChartProps {
  readonly lines: readonly ChartLine[];
  readonly currency: string;
  /** What the chart shows, in words, for those who cannot see it. */
  readonly description: string;
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 72, right: 16, top: 12, bottom: 36 };
const MONTH_TICKS = [1, 12, 24, 36];

/** The cumulative lines as a hand-written SVG: no chart library, a title and a description for screen readers. */
export function CostChart({ lines, currency, description }: CostChartProps) {
  const id = useId();
  const months = Math.max(1, ...lines.map((l) => l.values.length));
  const top = Math.max(1, ...lines.flatMap((l) => l.values));
  const x = (month: number) => PAD.left + ((month - 1) / Math.max(1, months - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  return (
    <figure className="cost-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Cumulative cost, month by month, over three years</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t} className="cost-chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {formatMoney(t, currency)}
            </text>
          </g>
        ))}
        {MONTH_TICKS.map((m) => (
          <text key={m} className="cost-chart-month" x={x(m)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
            {`Month ${m}`}
          </text>
        ))}
        {lines.map((line, i) => (
          <polyline
            key={line.name}
            className={`cost-chart-line cost-chart-line-${i % 4}`}
            points={line.values.map((v, m) => `${x(m + 1).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="cost-chart-legend">
          {lines.map((line, i) => (
            <li key={line.name}>
              <span className={`cost-chart-key cost-chart-line-${i % 4}`} aria-hidden="true" /> {line.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
