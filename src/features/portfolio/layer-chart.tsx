import { formatMoney } from '../../domain/cost/format';
import { LAYERS, LAYER_NAMES } from '../../domain/portfolio/layers';
import type { Portfolio } from '../../domain/portfolio/portfolio';

const ROW = 34;
const LEFT = 110;
const WIDTH = 640;

/** Yearly spend per layer as paired bars (buy, build), hand-written SVG; the table below carries the same figures. */
export function LayerChart({ portfolio }: { portfolio: Portfolio }) {
  const top = Math.max(1, ...LAYERS.flatMap((l) => [portfolio.byLayer[l].buy.yearly, portfolio.byLayer[l].build.yearly]));
  const width = (v: number) => (v / top) * (WIDTH - LEFT - 110);
  const money = (v: number) => formatMoney(v, portfolio.currency);
  const desc = LAYERS.map((l) => `${LAYER_NAMES[l]}: buy ${money(portfolio.byLayer[l].buy.yearly)}, build ${money(portfolio.byLayer[l].build.yearly)}`).join('; ');
  return (
    <figure className="layer-chart">
      <svg viewBox={`0 0 ${WIDTH} ${LAYERS.length * ROW + 8}`} role="img" aria-labelledby="layer-chart-title layer-chart-desc">
        <title id="layer-chart-title">Yearly spend by layer, bought and built</title>
        <desc id="layer-chart-desc">{desc}.</desc>
        {LAYERS.map((l, i) => {
          const y = i * ROW + 4;
          const { buy, build } = portfolio.byLayer[l];
          return (
            <g key={l}>
              <text x={LEFT - 8} y={y + 18} textAnchor="end">
                {LAYER_NAMES[l]}
              </text>
              <rect className="bar-buy" x={LEFT} y={y} width={width(buy.yearly)} height={13} />
              <rect className="bar-build" x={LEFT} y={y + 14} width={width(build.yearly)} height={13} />
              <text x={LEFT + width(buy.yearly) + 4} y={y + 11}>
                {money(buy.yearly)}
              </text>
              <text x={LEFT + width(build.yearly) + 4} y={y + 25}>
                {money(build.yearly)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="key bar-buy" aria-hidden="true" /> Buy <span className="key bar-build" aria-hidden="true" /> Build
      </figcaption>
    </figure>
  );
}
