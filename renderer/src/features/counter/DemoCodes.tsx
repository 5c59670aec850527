import { useLiveQuery } from 'dexie-react-hooks';
import { displayCode } from '../../../../shared/domain/code-format';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { codesOfCampaigns } from '../../db/repos/campaign-codes';
import { useCounterStore } from './counter-store';

/** The sandbox's demo codes, so a new user can try each verdict in a click. */
export function DemoCodes({ campaigns }: { campaigns: Campaign[] }) {
  const submitCode = useCounterStore((s) => s.submitCode);
  const rows = useLiveQuery(async () => {
    const rows = await codesOfCampaigns(db, campaigns.filter((c) => c.isDemo).map((c) => c.id));
    return rows.filter((row) => row.code.isDemo).sort((a, b) => a.referrer.name.localeCompare(b.referrer.name));
  }, [campaigns]);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="demo-codes" aria-label="Demo codes">
      <h2>Demo codes</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Referrer</th>
            <th scope="col">Code</th>
            <th scope="col">Campaign</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, referrer }) => (
            <tr key={code.code}>
              <th scope="row">{referrer.name}</th>
              <td>
                <button type="button" className="link" aria-label={`Use code of ${referrer.name}`} onClick={() => submitCode(displayCode(code.code, code.kind))}>
                  <code>{displayCode(code.code, code.kind)}</code>
                </button>
              </td>
              <td>{campaigns.find((c) => c.id === code.campaignId)?.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
