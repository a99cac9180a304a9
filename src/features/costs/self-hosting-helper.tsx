import { useState } from 'react';
import { exampleFigure } from '../../domain/cost/examples';
import { formatMoney, formatVolume, minorDigits } from '../../domain/cost/format';
import { apiCostPerMillion, parseSelfHostingFigures, selfHosting } from '../../domain/cost/self-hosting';
import { TextField } from '../../ui/text-field';
import type { CostDraft } from './cost-draft';

const number = (text: string) => {
  const value = Number(text.trim().replace(/[\s,_]/g, ''));
  return text.trim() === '' || !Number.isFinite(value) || value < 0 ? null : value;
};

/** As typed: undefined when empty (for "Enter …"), NaN when not a number (for "… must be a number"). */
const typed = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(/[\s,_]/g, '')));

/** Tokens a second per GPU × utilisation → capacity per unit, units needed and the cost of a million tokens, against the API's. */
export function SelfHostingHelper({ draft, onUse }: { draft: CostDraft; onUse: (perUnit: string, unitMonthly: string) => void }) {
  const currency = draft.currency.trim().toUpperCase();
  const scale = 10 ** minorDigits(currency);
  const [tokens, setTokens] = useState('');
  const [utilisation, setUtilisation] = useState(String(exampleFigure('utilisation') * 100));
  const [gpu, setGpu] = useState(String(exampleFigure('gpu-rent') / scale));
  const utilisationTyped = typed(utilisation);
  const gpuTyped = typed(gpu);
  const figures = parseSelfHostingFigures({
    tokensPerSecond: typed(tokens),
    utilisation: utilisationTyped === undefined ? undefined : utilisationTyped / 100,
    gpuMonthly: gpuTyped === undefined ? undefined : Math.round(gpuTyped * scale),
  });
  const errors = figures.ok ? {} : figures.error;
  const volume = number(draft.text['volume.start'] ?? '') ?? 0;
  const result = figures.ok ? selfHosting({ ...figures.value, thousandTokensPerMonth: volume }) : null;
  const apiPrice = draft.pricing.findIndex((p) => p === 'per-1k-tokens');
  const blended = apiPrice >= 0 ? blendedPrice(draft, apiPrice) : null;
  const apiPerMillion = blended === null ? null : apiCostPerMillion(blended * scale);
  return (
    <fieldset className="self-hosting">
      <legend>Self-hosting helper</legend>
      <div className="cost-grid">
        <TextField
          name="cost.helper.tokens"
          label="Tokens a second per GPU (sustained)"
          inputMode="decimal"
          value={tokens}
          // Empty is where the helper starts: the line below asks for it, not an error.
          error={tokens.trim() === '' ? undefined : errors['tokensPerSecond']}
          onChange={setTokens}
        />
        <TextField name="cost.helper.utilisation" label="Utilisation (%)" hint="An example: about 70% is typical." inputMode="decimal" value={utilisation} error={errors['utilisation']} onChange={setUtilisation} />
        <TextField name="cost.helper.gpu" label="One GPU a month" hint="An example: about $2–4 an hour to rent." inputMode="decimal" value={gpu} error={errors['gpuMonthly']} onChange={setGpu} />
      </div>
      {result ? (
        <div aria-live="polite">
          <p>
            One GPU carries {formatVolume(result.perUnit)} thousand tokens a month; the starting volume needs {formatVolume(result.unitsNeeded)}. Self-hosted, a million tokens costs{' '}
            {formatMoney(result.costPerMillion, currency, { exact: true })}
            {apiPerMillion !== null && Number.isFinite(apiPerMillion) ? `, against ${formatMoney(apiPerMillion, currency, { exact: true })} through the API` : ''}.
          </p>
          <button type="button" className="button-secondary" onClick={() => onUse(String(result.perUnit), gpu)}>
            Use these as the build’s capacity
          </button>
        </div>
      ) : (
        <p>Enter the tokens a second, the utilisation and the GPU’s monthly cost to see how many GPUs the volume needs.</p>
      )}
    </fieldset>
  );
}

function blendedPrice(draft: CostDraft, i: number): number | null {
  const inPrice = number(draft.text[`buy.${i}.pricing.inputPrice`] ?? '');
  const outPrice = number(draft.text[`buy.${i}.pricing.outputPrice`] ?? '');
  const share = number(draft.text[`buy.${i}.pricing.inputShare`] ?? '');
  if (inPrice === null || outPrice === null || share === null) return null;
  return (share / 100) * inPrice + (1 - share / 100) * outPrice;
}
