const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];

/** A large on-screen keyboard for codes: letters and digits, delete and clear. */
export function Keypad({ onKey, onDelete, onClear }: { onKey: (key: string) => void; onDelete: () => void; onClear: () => void }) {
  return (
    <div className="kiosk-keypad" role="group" aria-label="Keypad">
      {ROWS.map((row) => (
        <div key={row} className="kiosk-keypad-row">
          {[...row].map((key) => (
            <button key={key} type="button" onClick={() => onKey(key)}>
              {key}
            </button>
          ))}
        </div>
      ))}
      <div className="kiosk-keypad-row">
        <button type="button" className="wide" onClick={onDelete} aria-label="Delete last character">
          ⌫ Delete
        </button>
        <button type="button" className="wide" onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
