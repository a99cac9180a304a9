import { newDecision } from '../store/records';
import { TREE } from '../domain/tree';
import { NODE_IDS } from '../domain/answers';

/** The first screen: what Forkpoint does and the one button that starts. */
export function HomeScreen() {
  return (
    <div className="home">
      <h1>Build or buy? Decide it together, in one hour.</h1>
      <p className="lead">
        Frame the component, answer five questions as a team, and leave with an outcome, the reasons behind it and the
        path you took. Everything stays in this browser.
      </p>
      <button type="button" className="button-primary button-large" onClick={() => newDecision()}>
        New decision
      </button>
      <h2>The five questions</h2>
      <ol className="home-nodes">
        {NODE_IDS.map((id) => (
          <li key={id}>{TREE[id].question}</li>
        ))}
      </ol>
    </div>
  );
}
