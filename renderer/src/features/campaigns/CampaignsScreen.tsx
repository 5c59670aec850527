import { useState } from 'react';
import { draftOfCampaign, EMPTY_DRAFT, type CampaignDraft } from '../../../../shared/domain/campaign';
import { describeReward } from '../../../../shared/domain/discount';
import { db } from '../../db/db';
import { makeCampaignActive } from '../../db/repos/campaign-editor';
import { CampaignForm, type FormMode } from './CampaignForm';
import { actingAs } from '../../session/acting';
import { useCampaignList, useCouponLock, useHasRealCampaign, type CampaignRow, type CouponSync } from './useCampaignList';

type Editing = { kind: 'create'; initial: CampaignDraft; key: number } | { kind: 'edit'; id: string } | null;

/** The manager's campaigns: each with its reward and its coupon's state in Stripe; create, edit, make active. */
export function CampaignsScreen() {
  const { rows, loaded } = useCampaignList();
  const hasReal = useHasRealCampaign();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const editedRow = editing?.kind === 'edit' ? rows.find((r) => r.campaign.id === editing.id) : undefined;
  const lockReason = useCouponLock(editedRow?.campaign.id ?? null);

  const startCreate = (initial: CampaignDraft) => {
    setNotice(null);
    setEditing({ kind: 'create', initial, key: Date.now() });
  };
  const activate = async (row: CampaignRow) => {
    try {
      await makeCampaignActive(db, row.campaign.id, await actingAs());
      setNotice(`The counter now works in “${row.campaign.name}”.`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  let mode: FormMode | null = null;
  if (editing?.kind === 'create') mode = { kind: 'create', initial: editing.initial, makeActiveByDefault: hasReal === false };
  if (editedRow && lockReason !== undefined) mode = { kind: 'edit', campaign: editedRow.campaign, initial: draftOfCampaign(editedRow.campaign), lockReason };

  return (
    <main className="campaigns" aria-label="Campaigns">
      <h2>Campaigns</h2>
      {notice && (
        <p role="status" aria-label="Saved">
          {notice}
        </p>
      )}
      {failure && <p role="alert">{failure}</p>}
      {loaded && rows.length === 0 && <p>No campaign yet: create one to start giving out referral codes.</p>}
      {rows.length > 0 && (
        <table aria-label="Campaign list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Reward</th>
              <th scope="col">Currency</th>
              <th scope="col">Stripe coupon</th>
              <th scope="col">Counter</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.campaign.id} aria-label={row.campaign.name}>
                <td>
                  {row.campaign.name}
                  {row.campaign.isDemo && <span className="muted"> (demo)</span>}
                </td>
                <td>{describeReward(row.campaign.reward, row.campaign.currency)}</td>
                <td>{row.campaign.currency}</td>
                <td>
                  <CouponState sync={row.coupon} />
                </td>
                <td>{row.active ? <strong>Active</strong> : <button type="button" onClick={() => void activate(row)}>Make active</button>}</td>
                <td>
                  <button type="button" onClick={() => (setNotice(null), setEditing({ kind: 'edit', id: row.campaign.id }))}>
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!editing && (
        <button type="button" className="primary" onClick={() => startCreate(EMPTY_DRAFT)}>
          New campaign
        </button>
      )}
      {mode && (
        <CampaignForm
          key={editing?.kind === 'create' ? `create-${editing.key}` : `edit-${editedRow?.campaign.id}`}
          mode={mode}
          otherNames={rows.filter((r) => r.campaign.id !== editedRow?.campaign.id).map((r) => r.campaign.name)}
          onSaved={(message) => (setEditing(null), setNotice(message))}
          onCancel={() => setEditing(null)}
          onCopy={startCreate}
        />
      )}
    </main>
  );
}

function CouponState({ sync }: { sync: CouponSync }) {
  switch (sync.kind) {
    case 'in_stripe':
      return (
        <span>
          In Stripe: <code>{sync.couponId}</code>
          {sync.renameWaiting && <span className="muted"> (new name waiting to sync)</span>}
        </span>
      );
    case 'waiting':
      return <span>Waiting to sync{sync.lastProblem && <span className="muted"> (last try: {sync.lastProblem})</span>}</span>;
    case 'conflict':
      return (
        <span className="bad">
          Conflict: {sync.message} <a href="#/sync">See Sync status</a>
        </span>
      );
    case 'not_queued':
      return <span className="muted">Not sent to Stripe</span>;
  }
}
