import { useRef, useState } from 'react';
import { EXAMPLE_FIGURES, exampleFigure } from '../../domain/cost/examples';
import { minorDigits } from '../../domain/cost/format';
import { parseCostInputs } from '../../domain/cost/parse-inputs';
import { PRICING_KINDS, type CostInputs } from '../../domain/cost/schemas';
import type { CandidateId } from '../../domain/ids';
import { ErrorSummary } from '../../ui/error-summary';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { BUILD_FIELDS, BUY_FIELDS, CAPACITY_FIELDS, PRICING_FIELDS, PRICING_NAMES, TOP_FIELDS, type FieldSpec } from './cost-fields';
import { isPricingKind, isVolumeUnit, rawInputs, type CostDraft } from './cost-draft';
import { SelfHostingHelper } from './self-hosting-helper';

interface CostFormProps {
  readonly initial: CostDraft;
  readonly nameOf: (id: CandidateId) => string;
  /** Records the inputs; returns field messages when the session refuses them. */
  readonly onSubmit: (inputs: CostInputs) => Record<string, string> | null;
}

const UNIT_CHOICES = [
  { value: 'requests', label: 'Requests' },
  { value: 'thousand-tokens', label: 'Thousands of tokens' },
] as const;

/** The cost inputs of docs/domain.md#cost-model, each with its message at the field; example figures are offered, marked, never silent. */
export function CostForm({ initial, nameOf, onSubmit }: CostFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string> | null>(null);
  const [examples, setExamples] = useState<ReadonlySet<string>>(new Set());
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(ref, errors);
  const setText = (path: string, value: string) => {
    setDraft((d) => ({ ...d, text: { ...d.text, [path]: value } }));
    setExamples((e) => new Set([...e].filter((p) => p !== path)));
  };
  const field = (group: string, spec: FieldSpec) => {
    const path = group ? `${group}.${spec.key}` : spec.key;
    const example = examples.has(path);
    return (
      <TextField
        key={path}
        name={`cost.${path}`}
        label={spec.label}
        hint={example ? 'An example from public prices: replace it with your own figure.' : spec.hint}
        className={example ? 'cost-example' : undefined}
        inputMode={spec.kind === 'whole' ? 'numeric' : 'decimal'}
        value={draft.text[path] ?? ''}
        error={errors?.[path]}
        onChange={(v) => setText(path, v)}
      />
    );
  };
  const useExamples = () => {
    const scale = 10 ** minorDigits(draft.currency.trim().toUpperCase());
    const filled: Record<string, string> = { engineerMonth: String(exampleFigure('engineer') / scale) };
    if (draft.capacity) filled['build.capacity.unitMonthly'] = String(exampleFigure('gpu-rent') / scale);
    setDraft((d) => ({ ...d, text: { ...d.text, ...filled } }));
    setExamples(new Set(Object.keys(filled)));
  };
  const submit = () => {
    const parsed = parseCostInputs(rawInputs(draft));
    const problems = parsed.ok ? onSubmit(parsed.value) : parsed.error;
    setErrors(problems);
  };
  const count = errors ? Object.keys(errors).length : 0;
  return (
    <form
      ref={ref}
      className="cost-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {errors && count > 0 && <ErrorSummary title={count === 1 ? 'One figure needs attention.' : `${count} figures need attention.`} messages={Object.values(errors)} />}
      <fieldset>
        <legend>The decision’s figures</legend>
        <div className="cost-grid">
          <TextField name="cost.currency" label="Currency (three-letter code)" value={draft.currency} error={errors?.currency} onChange={(currency) => setDraft((d) => ({ ...d, currency }))} />
          <SelectField name="cost.volume.unit" label="Volume is counted in" value={draft.unit} choices={UNIT_CHOICES} onChange={(v) => isVolumeUnit(v) && setDraft((d) => ({ ...d, unit: v }))} />
          {TOP_FIELDS.map((spec) => field('', spec))}
        </div>
        <details className="cost-examples">
          <summary>Example figures from public prices</summary>
          <ul>
            {EXAMPLE_FIGURES.map((f) => (
              <li key={f.id}>
                {f.label}: {f.range}.
              </li>
            ))}
          </ul>
          <button type="button" className="button-secondary" onClick={useExamples}>
            Fill in the example engineer cost{draft.capacity ? ' and GPU rent' : ''}
          </button>
        </details>
      </fieldset>
      {draft.candidates.map((id, i) => {
        const kind = draft.pricing[i] ?? 'per-request';
        return (
          <fieldset key={id}>
            <legend>Buying {nameOf(id)}</legend>
            <div className="cost-grid">
              <SelectField
                name={`cost.buy.${i}.pricing.kind`}
                label="Pricing model"
                value={kind}
                choices={PRICING_KINDS.map((k) => ({ value: k, label: PRICING_NAMES[k] }))}
                onChange={(v) => isPricingKind(v) && setDraft((d) => ({ ...d, pricing: d.pricing.map((p, j) => (j === i ? v : p)) }))}
              />
              {PRICING_FIELDS[kind].map((spec) => field(`buy.${i}.pricing`, spec))}
              {BUY_FIELDS.map((spec) => field(`buy.${i}`, spec))}
            </div>
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Building or self-hosting it</legend>
        <div className="cost-grid">{BUILD_FIELDS.map((spec) => field('build', spec))}</div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.capacity} onChange={(e) => setDraft((d) => ({ ...d, capacity: e.target.checked }))} /> Capacity grows with the volume (GPUs, servers)
        </label>
        {draft.capacity && <div className="cost-grid">{CAPACITY_FIELDS.map((spec) => field('build.capacity', spec))}</div>}
        {draft.capacity && draft.unit === 'thousand-tokens' && (
          <SelfHostingHelper
            draft={draft}
            onUse={(perUnit, unitMonthly) => setDraft((d) => ({ ...d, text: { ...d.text, 'build.capacity.perUnit': perUnit, 'build.capacity.unitMonthly': unitMonthly } }))}
          />
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button-primary">
          Work out the three-year cost
        </button>
      </div>
    </form>
  );
}
