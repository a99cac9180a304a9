import type { ModelLens } from '../../domain/guidance/schemas';

export type YesNoDraft = 'yes' | 'no' | null;

/** The form's own state: unanswered questions and numbers as typed. */
export interface LensDraft {
  readonly onPremData: YesNoDraft;
  readonly uniqueData: YesNoDraft;
  readonly inferenceTopCost: YesNoDraft;
  readonly modelIsDifferentiator: YesNoDraft;
  readonly requestsPerMonth: string;
  readonly costPerRequest: string;
}

export const QUESTIONS = [
  {
    key: 'onPremData',
    legend: 'Must any of the data legally stay on your own premises?',
    hint: 'Regulation or contracts that forbid sending it to a hosted model.',
  },
  {
    key: 'uniqueData',
    legend: 'Do you hold training data that others cannot get?',
    hint: 'Data only you collect, that would make a model better at your task.',
  },
  {
    key: 'inferenceTopCost',
    legend: 'Is inference your largest operating cost?',
    hint: 'Owning usually starts to pay above 50 million requests a month.',
  },
  {
    key: 'modelIsDifferentiator',
    legend: 'Is the model itself what sets your product apart?',
    hint: 'Not what you build around it: the model’s own answers.',
  },
] as const;

const yn = (v: boolean | undefined): YesNoDraft => (v === undefined ? null : v ? 'yes' : 'no');
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function draftOf(lens: ModelLens | null | undefined): LensDraft {
  return {
    onPremData: yn(lens?.onPremData),
    uniqueData: yn(lens?.uniqueData),
    inferenceTopCost: yn(lens?.inferenceTopCost),
    modelIsDifferentiator: yn(lens?.modelIsDifferentiator),
    requestsPerMonth: num(lens?.requestsPerMonth),
    costPerRequest: num(lens?.costPerRequest),
  };
}

/** The lens to record, or the messages that keep it from being recorded. */
export function parseDraft(draft: LensDraft): { lens: ModelLens } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  for (const q of QUESTIONS) if (draft[q.key] === null) errors[q.key] = 'Choose Yes or No.';
  const number = (key: 'requestsPerMonth' | 'costPerRequest'): number | null => {
    const text = draft[key].trim().replace(/[_,\s]/g, '');
    if (text === '') return null;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) errors[key] = 'Enter a number of zero or more, or leave it empty.';
    return value;
  };
  const requestsPerMonth = number('requestsPerMonth');
  const costPerRequest = number('costPerRequest');
  if (Object.keys(errors).length > 0) return { errors };
  return {
    lens: {
      onPremData: draft.onPremData === 'yes',
      uniqueData: draft.uniqueData === 'yes',
      inferenceTopCost: draft.inferenceTopCost === 'yes',
      modelIsDifferentiator: draft.modelIsDifferentiator === 'yes',
      requestsPerMonth,
      costPerRequest,
    },
  };
}
