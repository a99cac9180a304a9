import { useEffect, useMemo, useState } from 'react';
import { formatMoney } from '../../domain/cost/format';
import { diagnose } from '../../domain/portfolio/diagnostic';
import { LAYERS, LAYER_NAMES } from '../../domain/portfolio/layers';
import { chooseRecords, mainCurrency, portfolioOf, type PortfolioFilter } from '../../domain/portfolio/portfolio';
import { portfolioToMarkdown } from '../../domain/portfolio/to-markdown';
import { STATUSES, STATUS_NAMES, type Status } from '../../domain/record/record';
import { selectFolderStatus, useFolderStore, useRecordsStore, wholeLibrary, type FolderState, type RecordsState } from '../../store/records';
import { SelectField } from '../../ui/select-field';
import { saveFile } from '../../ui/save-file';
import { TextField } from '../../ui/text-field';
import { LayerChart } from './layer-chart';
import { SpendLines } from './spend-lines';
import { useSpendLines } from './use-spend-lines';
import './portfolio.css';

const selectRecords = (s: RecordsState) => s.records;
const selectItems = (s: FolderState) => s.items;
type Source = 'browser' | 'folder';
const DEFAULT_STATUSES: readonly Status[] = ['proposed', 'accepted'];

/** What the organisation buys and builds (docs/domain.md#portfolio), over the decisions chosen, with the diagnostic in words. */
export function PortfolioScreen() {
  // The library lists summaries; the portfolio counts costs and outcomes from whole records, read once here and then kept in step by the store.
  const [read, setRead] = useState(false);
  useEffect(() => {
    let live = true;
    void wholeLibrary().then(() => live && setRead(true));
    return () => {
      live = false;
    };
  }, []);
  const records = useRecordsStore(selectRecords);
  const folder = useFolderStore(selectFolderStatus);
  const items = useFolderStore(selectItems);
  const [source, setSource] = useState<Source>('browser');
  const [filter, setFilter] = useState<PortfolioFilter>({ from: null, to: null, statuses: DEFAULT_STATUSES });
  const spend = useSpendLines();
  const fromFolder = source === 'folder' && folder.kind === 'open';
  // The folder's own decisions (files Forkpoint wrote); ADRs written elsewhere carry no outcome or cost to count.
  const pool = useMemo(
    () => (fromFolder ? [...items.values()].flatMap((item) => (item.kind === 'record' ? [item.record] : [])) : [...records.values()]),
    [fromFolder, items, records],
  );
  const chosen = useMemo(() => chooseRecords(pool, filter), [pool, filter]);
  const lines = spend.kind === 'ready' ? spend.lines : [];
  const currency = mainCurrency(chosen, lines);
  const portfolio = portfolioOf(chosen, lines, currency);
  const diagnostic = diagnose(portfolio);
  const money = (minor: number) => formatMoney(minor, currency);
  const toggle = (status: Status, on: boolean) =>
    setFilter((f) => ({ ...f, statuses: on ? STATUSES.filter((s) => s === status || f.statuses.includes(s)) : f.statuses.filter((s) => s !== status) }));
  if (!read && !fromFolder) {
    return (
      <div className="portfolio">
        <h1>What we buy and what we build</h1>
        <p role="status">Reading the decisions…</p>
      </div>
    );
  }
  return (
    <div className="portfolio">
      <h1>What we buy and what we build</h1>
      <form className="card portfolio-filter" aria-label="Choose the decisions" onSubmit={(e) => e.preventDefault()}>
        {folder.kind === 'open' && (
          <SelectField
            name="portfolio-source"
            label="Decisions from"
            value={source}
            choices={[
              { value: 'browser', label: 'This browser’s library' },
              { value: 'folder', label: `The decisions folder “${folder.name}”` },
            ]}
            onChange={(v) => v && setSource(v)}
          />
        )}
        <div className="field-pair">
          <TextField name="portfolio-from" type="date" label="Decided from" value={filter.from ?? ''} onChange={(v) => setFilter((f) => ({ ...f, from: v || null }))} />
          <TextField name="portfolio-to" type="date" label="Decided until" value={filter.to ?? ''} onChange={(v) => setFilter((f) => ({ ...f, to: v || null }))} />
        </div>
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((s) => (
            <label key={s} className="checkbox">
              <input type="checkbox" checked={filter.statuses.includes(s)} onChange={(e) => toggle(s, e.target.checked)} /> {STATUS_NAMES[s]}
            </label>
          ))}
        </fieldset>
        <p aria-live="polite">
          {chosen.length === 1 ? 'One decision' : `${chosen.length} decisions`} chosen
          {portfolio.otherCurrency > 0 ? `; ${portfolio.otherCurrency} with figures in another currency than ${currency} are counted but not summed` : ''}.
        </p>
      </form>
      <section className="card" aria-labelledby="diagnostic-title">
        <h2 id="diagnostic-title">{diagnostic.headline}</h2>
        <p>{diagnostic.detail}</p>
        <p>{diagnostic.advantage}</p>
      </section>
      <section className="card" aria-labelledby="split-title">
        <h2 id="split-title">Buy and build</h2>
        <table className="cost-table portfolio-table">
          <caption>Decisions and spend lines, with their yearly spend</caption>
          <thead>
            <tr>
              <th scope="col">Side</th>
              <th scope="col">Count</th>
              <th scope="col">Yearly spend</th>
            </tr>
          </thead>
          <tbody>
            {(['buy', 'build'] as const).map((side) => (
              <tr key={side}>
                <th scope="row">{side === 'buy' ? 'Buy' : 'Build'}</th>
                <td>{portfolio.bySide[side].count}</td>
                <td>{money(portfolio.bySide[side].yearly)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <LayerChart portfolio={portfolio} />
        <table className="cost-table portfolio-table">
          <caption>By layer (the chart’s figures)</caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Bought</th>
              <th scope="col">Buy spend a year</th>
              <th scope="col">Built</th>
              <th scope="col">Build spend a year</th>
            </tr>
          </thead>
          <tbody>
            {LAYERS.map((l) => (
              <tr key={l}>
                <th scope="row">{LAYER_NAMES[l]}</th>
                <td>{portfolio.byLayer[l].buy.count}</td>
                <td>{money(portfolio.byLayer[l].buy.yearly)}</td>
                <td>{portfolio.byLayer[l].build.count}</td>
                <td>{money(portfolio.byLayer[l].build.yearly)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <SpendLines state={spend} currency={currency} />
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => saveFile('portfolio.md', portfolioToMarkdown(portfolio, diagnostic, filter), 'text/markdown')}>
          Export the portfolio as Markdown
        </button>
      </div>
    </div>
  );
}
