import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../domain/framing';
import type { CandidateId } from '../../../domain/ids';
import { MaturityCard } from './maturity-card';

const candidate: Candidate = { id: 'cand_1' as CandidateId, name: 'Acme Vectors', vendor: 'Acme', notes: '' };

describe('a candidate at node 2', () => {
  it('names the checks not yet shown as a sentence says them ("a public SLA", not "a public sla")', () => {
    const checks = { inProductionTwoYears: true, customersAtOurScale: false, publicSla: false, provenFailureRecord: true };
    render(<MaturityCard candidate={candidate} draft={{ checks, picked: null, overrideReason: '' }} errors={{}} onChange={() => {}} />);
    expect(screen.getByText('Not yet shown: customers at our scale or larger; a public SLA.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'A public SLA' })).not.toBeChecked();
  });
});
