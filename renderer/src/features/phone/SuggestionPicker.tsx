import { useEffect, useState } from 'react';
import { displayCode } from '../../../../shared/domain/code-format';
import type { CodeMatch } from '../../db/repos/code-lookup';
import { FIELD, focusField } from './focus';
import { usePhoneStore } from './phone-store';

/** "K7QM-X4PD-R, referred by Dana?": what a rep asks the caller about a code that fails its check character. */
export function suggestionLabel({ code, referrer }: CodeMatch): string {
  const first = referrer?.name.trim().split(/\s+/)[0];
  return `${displayCode(code.code, code.kind)}${first ? `, referred by ${first}` : ''}?`;
}

/**
 * The codes a typo'd code was probably meant to be, as a list box: the keyboard lands on it,
 * arrow keys move, Enter (or a click) picks.
 */
export function SuggestionPicker({ suggestions }: { suggestions: CodeMatch[] }) {
  const submitCode = usePhoneStore((s) => s.submitCode);
  const [active, setActive] = useState(0);
  const codes = suggestions.map((s) => s.code.code).join(' ');
  useEffect(() => {
    setActive(0);
    focusField(FIELD.suggestions);
  }, [codes]);
  const pick = (match: CodeMatch) => submitCode(displayCode(match.code.code, match.code.kind));
  const optionId = (i: number) => `phone-suggestion-${i}`;
  return (
    <div className="verdict-bad">
      <h2>✗ This code has a typo</h2>
      <p>One character is wrong or two are swapped. Ask the caller: did you mean</p>
      <ul
        id={FIELD.suggestions}
        role="listbox"
        aria-label="Did you mean"
        tabIndex={0}
        className="suggestion-list"
        aria-activedescendant={optionId(active)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (i + step + suggestions.length) % suggestions.length);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const match = suggestions[active];
            if (match) pick(match);
          }
        }}
      >
        {suggestions.map((match, i) => (
          <li key={match.code.code} id={optionId(i)} role="option" aria-selected={i === active} onClick={() => pick(match)}>
            {suggestionLabel(match)}
          </li>
        ))}
      </ul>
    </div>
  );
}
