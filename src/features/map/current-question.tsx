import type { Session } from '../../domain/session';
import { TREE } from '../../domain/tree';
import { whereNow } from './describe-change';

/** Shown beside the map in presentation mode when the app passes no question panel of its own. */
export function CurrentQuestion({ session, onBack }: { readonly session: Session; readonly onBack: () => void }) {
  const { step } = session;
  const node = step === 'framing' || step === 'outcome' ? null : TREE[step];
  return (
    <div className="map-current">
      {node ? (
        <>
          <p className="map-current__eyebrow">Question {node.number} of 5 · Current question</p>
          <h2>{node.question}</h2>
          <p>{node.test}</p>
        </>
      ) : (
        <h2>{whereNow(session)}</h2>
      )}
      <button type="button" className="button-secondary" onClick={onBack}>
        Back to the wizard to answer
      </button>
    </div>
  );
}
