import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordFromSession } from '../../domain/record/ops';
import { currentRevision, type RecordId } from '../../domain/record/record';
import { ALL_CHECKS, cid, differentiator, framed, maturity, play } from '../../domain/testing/sessions';
import { RecordBody } from './record-body';

/** Acme passes every maturity check, but the team judged it not mature, and scored it. */
function overriddenAndScored() {
  const session = play(
    framed({ candidates: ['Acme Vectors', 'Quiver Cloud'] }),
    differentiator('no'),
    maturity({ 0: { checks: ALL_CHECKS, mature: false, overrideReason: 'Their last outage lasted two days' }, 1: { checks: ALL_CHECKS } }),
  );
  const scored = { ...session, vendorScores: { [cid(0)]: { features: { score: 4, note: 'Hybrid search built in' } }, [cid(1)]: { pricing: { score: 2, note: '' } } } };
  return currentRevision(recordFromSession(scored, '2026-11-22T11:05:00.000Z', 'rec_view' as RecordId));
}

describe('the record view', () => {
  it('shows the reason the team gave for overriding a suggestion', () => {
    render(<RecordBody revision={overriddenAndScored()} />);
    const section = screen.getByRole('region', { name: 'Suggestions the team overrode' });
    const item = within(section).getByRole('listitem');
    expect(item).toHaveTextContent('Acme Vectors');
    expect(item).toHaveTextContent('the app suggested mature; the team answered not mature');
    expect(item).toHaveTextContent('Reason: Their last outage lasted two days');
  });

  it('shows the vendor scores per criterion and candidate, with the notes and averages', () => {
    render(<RecordBody revision={overriddenAndScored()} />);
    const table = within(screen.getByRole('region', { name: 'Vendor scores' })).getByRole('table');
    const features = within(table).getByRole('row', { name: /^Features/ });
    expect(within(features).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4/5 — Hybrid search built in', '—']);
    const pricing = within(table).getByRole('row', { name: /^Pricing model/ });
    expect(within(pricing).getAllByRole('cell').map((c) => c.textContent)).toEqual(['—', '2/5']);
    const average = within(table).getByRole('row', { name: /^Average/ });
    expect(within(average).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4/5 (1 scored)', '2/5 (1 scored)']);
  });

  it('leaves both sections out when nothing was overridden or scored', () => {
    const session = play(framed({ candidates: ['Acme Vectors'] }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }));
    render(<RecordBody revision={currentRevision(recordFromSession(session, '2026-11-22T11:05:00.000Z', 'rec_plain' as RecordId))} />);
    expect(screen.queryByRole('region', { name: 'Suggestions the team overrode' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Vendor scores' })).toBeNull();
  });
});
