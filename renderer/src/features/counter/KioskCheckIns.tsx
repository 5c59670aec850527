import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Lead } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { waitingCheckIns } from '../../db/repos/kiosk-checkin';
import { ensureDeviceId, getSetting, SETTING } from '../../db/repos/settings-repo';
import { activeStaff, authorizeWithPin } from '../../db/repos/staff-repo';
import { StaffPinFields } from '../staff/StaffPinFields';
import { useCounterStore } from './counter-store';

/**
 * Customers who checked in at the kiosk and wait to pay: ringing one up fills the counter with
 * their code and details. When a manager requires it, staff approve the kiosk discount with a PIN first.
 */
export function KioskCheckIns() {
  const data = useLiveQuery(async () => ({
    waiting: await waitingCheckIns(db, Date.now()),
    approval: (await getSetting<boolean>(db, SETTING.kioskRequiresApproval)) ?? false,
  }));
  const [approving, setApproving] = useState<Lead | null>(null);
  const ringUp = useCounterStore((s) => s.ringUp);
  if (!data || data.waiting.length === 0) return null;
  const start = (lead: Lead) => (data.approval ? setApproving(lead) : ringUp({ leadId: lead.id, code: lead.code, name: lead.name, email: lead.email, phone: lead.phone }));
  return (
    <section aria-label="Kiosk check-ins" className="kiosk-checkins">
      <h2>Kiosk check-ins</h2>
      <ul>
        {data.waiting.map((lead) => (
          <li key={lead.id}>
            {lead.name} — {lead.code} ({new Date(lead.createdAt).toLocaleTimeString()}){' '}
            <button type="button" onClick={() => start(lead)}>
              Ring up {lead.name}
            </button>
          </li>
        ))}
      </ul>
      {approving && (
        <ApproveDiscount
          lead={approving}
          onApproved={() => {
            ringUp({ leadId: approving.id, code: approving.code, name: approving.name, email: approving.email, phone: approving.phone });
            setApproving(null);
          }}
          onCancel={() => setApproving(null)}
        />
      )}
    </section>
  );
}

function ApproveDiscount({ lead, onApproved, onCancel }: { lead: Lead; onApproved: () => void; onCancel: () => void }) {
  const people = useLiveQuery(() => activeStaff(db), []);
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const approve = async () => {
    if (!staffId) return setProblem('Choose your name.');
    const result = await authorizeWithPin(db, { staffId, pin, action: 'kiosk.approveDiscount' }, { now: Date.now(), deviceId: await ensureDeviceId(db), online: navigator.onLine });
    setPin('');
    if (!result.ok) return setProblem(result.message);
    onApproved();
  };
  return (
    <form
      aria-label={`Approve the kiosk discount for ${lead.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void approve();
      }}
    >
      <p>A staff PIN approves the kiosk discount.</p>
      <StaffPinFields idPrefix="approve" nameLabel="Staff member" people={people ?? []} staffId={staffId} pin={pin} onStaff={setStaffId} onPin={setPin} />
      {problem && <p role="alert">{problem}</p>}
      <button type="submit">Approve</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
