import { displayCode } from '../../../../shared/domain/code-format';
import type { CodeMatch } from '../../db/repos/code-lookup';
import { useCounterStore } from './counter-store';

/** The counter's "Did you mean": one button per existing code the typo was probably meant to be. */
export function TypoSuggestions({ suggestions }: { suggestions: CodeMatch[] }) {
  const submitCode = useCounterStore((s) => s.submitCode);
  return (
    <div className="verdict-bad">
      <h2>✗ This code has a typo</h2>
      <p>One character is wrong or two are swapped. Did you mean:</p>
      <ul aria-label="Suggestions">
        {suggestions.map(({ code, referrer }) => (
          <li key={code.code}>
            <button type="button" onClick={() => submitCode(displayCode(code.code, code.kind))}>
              {displayCode(code.code, code.kind)}
              {referrer ? ` — ${referrer.name}` : ''}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
