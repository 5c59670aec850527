import { SHORTCUTS } from './useShortcuts';

/** The keys a rep can use without the mouse. */
export function Shortcuts() {
  return (
    <section className="phone-shortcuts" aria-label="Keyboard shortcuts">
      <h2>Keys</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.code}>
            <dt>
              <kbd>Alt</kbd>+<kbd>{s.key}</kbd>
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>Check the code · pick a suggestion · next field · record the order for the store</dd>
        </div>
        <div>
          <dt>
            <kbd>↑</kbd> <kbd>↓</kbd>
          </dt>
          <dd>Move through suggestions</dd>
        </div>
        <div>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>Send a payment link</dd>
        </div>
      </dl>
    </section>
  );
}
