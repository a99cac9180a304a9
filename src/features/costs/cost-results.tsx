import type { CandidateCost, CostAnalysis } from '../../domain/cost/analysis';
import { formatMoney, formatVolume } from '../../domain/cost/format';
import { paybackShort, paybackWords } from '../../domain/cost/payback';
import type { BuyScenario, CostInputs } from '../../domain/cost/schemas';
import { sensitivity } from '../../domain/cost/sensitivity';
import { VOLUME_UNIT_NAMES } from '../../domain/cost/words';
import { CostChart } from './cost-chart';
import { MonthTable } from './month-table';

interface CostResultsProps {
  readonly inputs: CostInputs;
  readonly analysis: CostAnalysis;
  readonly nameOf: (buy: BuyScenario) => string;
}

/** The outputs of docs/domain.md#cost-model for every candidate priced: chart and month table, payback, break-even, totals, exit cost, sensitivity. */
export function CostResults({ inputs, analysis, nameOf }: CostResultsProps) {
  const money = (minor: number) => formatMoney(minor, inputs.currency);
  const lines = [
    { name: 'Build', values: analysis.buildCumulative },
    ...analysis.candidates.map((c, i) => ({ name: `Buy ${inputs.buy[i] ? nameOf(inputs.buy[i]) : ''}`, values: c.buyCumulative })),
  ];
  const description = [
    `Build reaches ${money(analysis.buildCumulative.at(-1) ?? 0)} after 36 months.`,
    ...analysis.candidates.map((c, i) => `Buying ${inputs.buy[i] ? nameOf(inputs.buy[i]) : ''} reaches ${money(c.totals.buy)}; ${paybackWords(c.payback).toLowerCase()}.`),
  ].join(' ');
  return (
    <div className="cost-results">
      {analysis.candidates.map((cost, i) => {
        const buy = inputs.buy[i];
        return buy ? <CandidateSummary key={cost.candidateId} inputs={inputs} buy={buy} cost={cost} name={nameOf(buy)} /> : null;
      })}
      <div className="cost-chart-and-table">
        <CostChart lines={lines} currency={inputs.currency} description={description} />
        <MonthTable lines={lines} currency={inputs.currency} />
      </div>
    </div>
  );
}

function CandidateSummary({ inputs, buy, cost, name }: { inputs: CostInputs; buy: BuyScenario; cost: CandidateCost; name: string }) {
  const money = (minor: number) => formatMoney(minor, inputs.currency);
  const rows = sensitivity(inputs, buy);
  return (
    <section className="cost-candidate" aria-label={`Building against buying ${name}`}>
      <h3>Building against buying {name}</h3>
      <p className="cost-payback">
        <strong>{paybackWords(cost.payback)}.</strong>
      </p>
      <p>
        {cost.breakEven === null
          ? 'No starting volume up to a trillion a month makes the two three-year totals equal.'
          : `The three-year totals meet at a starting volume of ${formatVolume(cost.breakEven)} ${VOLUME_UNIT_NAMES[inputs.volume.unit]} a month.`}
      </p>
      <table className="cost-table">
        <caption>Totals by year for {name}</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Year 1</th>
            <th scope="col">Year 2</th>
            <th scope="col">Year 3</th>
            <th scope="col">36 months</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Buy {name}</th>
            {cost.yearly.buy.map((v, y) => (
              <td key={y}>{money(v)}</td>
            ))}
            <td>{money(cost.totals.buy)}</td>
          </tr>
          <tr>
            <th scope="row">Build</th>
            {cost.yearly.build.map((v, y) => (
              <td key={y}>{money(v)}</td>
            ))}
            <td>{money(cost.totals.build)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        Leaving {name} would cost about {money(cost.exitCost)}: a possible cost, kept outside the totals.
      </p>
      <table className="cost-table">
        <caption>What moves the answer ({name})</caption>
        <thead>
          <tr>
            <th scope="col">If</th>
            <th scope="col">Payback</th>
            <th scope="col">Building saves over 36 months</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.outcome.ok ? (
                <>
                  <td>{paybackShort(row.outcome.value.payback)}</td>
                  <td>{money(row.outcome.value.saving)}</td>
                </>
              ) : (
                <td colSpan={2}>{row.outcome.error}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
