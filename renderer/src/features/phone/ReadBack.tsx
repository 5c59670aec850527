import { displayCode } from '../../../../shared/domain/code-format';
import { phoneticGroups } from '../../../../shared/domain/phonetic';
import type { ReferralCode } from '../../../../shared/domain/records';

/** The chosen code spelled for the caller to confirm, in the groups printed on their card. */
export function ReadBack({ code }: { code: ReferralCode }) {
  const shown = displayCode(code.code, code.kind);
  return (
    <section className="read-back" aria-label="Read-back">
      <h2>Read back to the caller: {shown}</h2>
      <ol>
        {phoneticGroups(shown).map((group, i) => (
          <li key={i}>{group.join(', ')}</li>
        ))}
      </ol>
    </section>
  );
}
