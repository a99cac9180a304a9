import { useState } from 'react';
import { formatMoney, minorDigits } from '../../domain/cost/format';
import { LAYERS, LAYER_NAMES, type Layer } from '../../domain/portfolio/layers';
import { SpendLineSchema, type Side } from '../../domain/portfolio/spend-lines';
import { newId } from '../../domain/ids';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import type { SpendState } from './use-spend-lines';

const SIDE_CHOICES = [
  { value: 'buy', label: 'Buy' },
  { value: 'build', label: 'Build' },
] as const;
const LAYER_CHOICES = LAYERS.map((value) => ({ value, label: LAYER_NAMES[value] }));

/** Spend that belongs to no decision, added by hand and kept in this browser. */
export function SpendLines({ state, currency }: { state: SpendState; currency: string }) {
  const [label, setLabel] = useState('');
  const [side, setSide] = useState<Side>('buy');
  const [layer, setLayer] = useState<Layer>('utility');
  const [yearly, setYearly] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (state.kind === 'loading') return <p>Reading the spend lines…</p>;
  if (state.kind === 'unreadable') return <p className="warning">{state.message} They are kept as they were; nothing is written over them.</p>;
  const add = () => {
    const text = yearly.trim().replace(/[\s,_]/g, '');
    const amount = text === '' ? undefined : Math.round(Number(text) * 10 ** minorDigits(currency));
    const parsed = SpendLineSchema.safeParse({ id: newId('spend'), label, side, layer, yearly: amount, currency });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      return setErrors(next);
    }
    setErrors({});
    setLabel('');
    setYearly('');
    state.change([...state.lines, parsed.data]);
  };
  return (
    <section className="card" aria-labelledby="spend-lines-title">
      <h2 id="spend-lines-title">Spend outside the decisions</h2>
      <p>Licences, API fees, seats, engineering hours on the harness: anything no decision record covers.</p>
      {state.problem && <p className="warning">{state.problem}</p>}
      {state.lines.length > 0 && (
        <ul className="spend-lines">
          {state.lines.map((l) => (
            <li key={l.id}>
              {l.label} — {l.side === 'buy' ? 'buy' : 'build'}, {LAYER_NAMES[l.layer]}, {formatMoney(l.yearly, l.currency)} a year{' '}
              <button type="button" className="button-secondary" onClick={() => state.change(state.lines.filter((x) => x.id !== l.id))}>
                Remove <span className="visually-hidden">{l.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="cost-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <TextField name="spend-label" label="What it is" value={label} error={errors.label} onChange={setLabel} />
        <SelectField name="spend-side" label="Buy or build" value={side} choices={SIDE_CHOICES} onChange={(v) => v && setSide(v)} />
        <SelectField name="spend-layer" label="Layer" value={layer} choices={LAYER_CHOICES} onChange={(v) => v && setLayer(v)} />
        <TextField name="spend-yearly" label={`Yearly spend (${currency})`} inputMode="decimal" value={yearly} error={errors.yearly} onChange={setYearly} />
        <div className="actions">
          <button type="submit" className="button-secondary">
            Add the spend line
          </button>
        </div>
      </form>
    </section>
  );
}
