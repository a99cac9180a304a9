import { describe, expect, it } from 'vitest';
import { parseCostInputs } from './parse-inputs';
import { costInputs, buyScenario, buildScenario } from './testing/inputs';

describe('cost inputs: a message at the field for what the model cannot use', () => {
  it.each([
    ['a price of 10^15', costInputs({ buy: [buyScenario({ pricing: { kind: 'per-request', price: 1e15 } })] }), 'buy.0.pricing.price', /typo/],
    ['growth of 1,000% a month', costInputs({ volume: { unit: 'requests', start: 1, growth: 10 } }), 'volume.growth', /at most 50%/],
    ['a negative fee', costInputs({ buy: [buyScenario({ monthlyFees: -1 })] }), 'buy.0.monthlyFees', /cannot be negative/],
    ['an empty engineer cost', { ...costInputs(), engineerMonth: undefined }, 'engineerMonth', /Enter the engineer cost/],
    ['Infinity', costInputs({ volume: { unit: 'requests', start: Infinity, growth: 0 } }), 'volume.start', /must be a number/],
    ['NaN', costInputs({ build: buildScenario({ hostingMonthly: NaN }) }), 'build.hostingMonthly', /must be a number/],
    ['maintenance under a fifth of an engineer', costInputs({ build: buildScenario({ maintenanceShare: 0.1 }) }), 'build.maintenanceShare', /at least 0.2/],
    ['a unit that carries nothing', costInputs({ build: buildScenario({ capacity: { perUnit: 0, unitMonthly: 1 } }) }), 'build.capacity.perUnit', /some volume/],
    ['a build effort of 20,000 weeks', costInputs({ build: buildScenario({ effortWeeks: 20_000 }) }), 'build.effortWeeks', /^The build effort is over 10,000 weeks$/],
    ['a currency that is not a code', costInputs({ currency: 'dollars' }), 'currency', /three-letter/],
  ])('%s', (_, input, path, message) => {
    const parsed = parseCostInputs(input);
    expect(parsed.ok ? {} : parsed.error).toHaveProperty([path], expect.stringMatching(message));
  });

  it('accepts a complete set of inputs', () => {
    expect(parseCostInputs(costInputs())).toEqual({ ok: true, value: costInputs() });
  });
});
