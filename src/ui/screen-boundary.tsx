import { Component, type ReactNode } from 'react';

interface ScreenBoundaryProps {
  readonly children: ReactNode;
  /** The way back: to the start screen. The open session is the store's, which a failed render never touches. */
  readonly onHome: () => void;
  /** When this changes (the user went elsewhere by another way), the screen is tried again. */
  readonly resetKey?: unknown;
}

interface ScreenBoundaryState {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : String(error));

/**
 * Around each screen: a screen that throws while rendering (or in an effect) shows what
 * happened and a way back instead of leaving a blank page. React needs a class for this,
 * and reports the error to the console itself.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, ScreenBoundaryState> {
  override state: ScreenBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ScreenBoundaryState> {
    return { error: error instanceof Error ? error : new Error(messageOf(error)) };
  }

  static getDerivedStateFromProps(props: ScreenBoundaryProps, state: ScreenBoundaryState): Partial<ScreenBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  private readonly goHome = () => {
    this.setState({ error: null });
    this.props.onHome();
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="card screen-failed" role="alert" aria-labelledby="screen-failed-title">
        <h1 id="screen-failed-title">This screen could not be shown</h1>
        <p>Something went wrong while showing it: {messageOf(error)}</p>
        <p>Your saved decisions are untouched, and a decision in progress is kept: you can continue it from the start screen.</p>
        <button type="button" className="button-primary" onClick={this.goHome}>
          Back to the start
        </button>
      </section>
    );
  }
}
