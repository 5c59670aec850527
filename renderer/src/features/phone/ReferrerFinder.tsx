import { displayCode } from '../../../../shared/domain/code-format';
import { MIN_QUERY_LENGTH } from '../../../../shared/domain/referrer-search';
import { REFERRER_RESULT_LIMIT } from '../../db/repos/referrer-search';
import { FIELD } from './focus';
import { usePhoneStore } from './phone-store';
import { useReferrerSearch } from './useReferrerSearch';

/** When the caller has no code: find who referred them by name, email or phone, and use their code. */
export function ReferrerFinder({ campaignId }: { campaignId: string | undefined }) {
  const { referrerQuery, setReferrerQuery, submitCode } = usePhoneStore();
  const { hits, searched } = useReferrerSearch(campaignId, referrerQuery);
  const tooShort = searched.trim().length < MIN_QUERY_LENGTH;
  return (
    <section className="referrer-finder" aria-label="Find the referrer">
      <label htmlFor={FIELD.referrer}>Find the referrer</label>
      <input
        id={FIELD.referrer}
        type="search"
        autoComplete="off"
        placeholder="Name, email or phone"
        value={referrerQuery}
        onChange={(e) => setReferrerQuery(e.target.value)}
      />
      {!tooShort && hits && hits.length === 0 && <p role="status">No referrer matches “{searched}”.</p>}
      {!tooShort && hits && hits.length > 0 && (
        <ul aria-label="Referrers found" className="referrers-found">
          {hits.map(({ referrer, codes }) => (
            <li key={referrer.id} aria-label={referrer.name}>
              <strong>{referrer.name}</strong>
              <span className="muted"> {[referrer.email, referrer.phone].filter(Boolean).join(' · ')}</span>
              {!referrer.active && <span> (deactivated)</span>}
              {codes.length === 0 && <span className="muted"> — no code yet</span>}
              {codes.map((code) => {
                const shown = displayCode(code.code, code.kind);
                return (
                  <button key={code.code} type="button" aria-label={`Use code ${shown} of ${referrer.name}`} onClick={() => submitCode(shown)}>
                    {shown}
                  </button>
                );
              })}
            </li>
          ))}
        </ul>
      )}
      {hits && hits.length === REFERRER_RESULT_LIMIT && <p className="muted">Showing the first {REFERRER_RESULT_LIMIT}: type more to narrow.</p>}
    </section>
  );
}
