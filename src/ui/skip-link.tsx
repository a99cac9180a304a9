/**
 * The first stop of the Tab key: straight to the screen's content past the brand
 * bar and the library link. A button, not an `href="#main"` link, because the
 * address's fragment is the app's route. Focus goes to the screen's heading when
 * there is one, else to `<main>` itself.
 */
export function SkipLink() {
  const skip = () => {
    const main = document.getElementById('main');
    if (!main) return;
    const target = main.querySelector<HTMLElement>('h1') ?? main;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <button type="button" className="skip-link" onClick={skip}>
      Skip to the content
    </button>
  );
}
