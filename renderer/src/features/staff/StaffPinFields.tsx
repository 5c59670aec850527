import type { StaffMember } from '../../../../shared/domain/records';

/** "Your name" and "PIN", as every PIN prompt asks them (sign-in, kiosk exit, discount approval). */
export function StaffPinFields(props: { idPrefix: string; nameLabel?: string; people: StaffMember[]; staffId: string; pin: string; onStaff: (id: string) => void; onPin: (pin: string) => void }) {
  const { idPrefix, nameLabel = 'Your name', people, staffId, pin } = props;
  return (
    <>
      <label htmlFor={`${idPrefix}-name`}>{nameLabel}</label>
      <select id={`${idPrefix}-name`} value={staffId} onChange={(e) => props.onStaff(e.target.value)}>
        <option value="">Choose…</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-pin`}>PIN</label>
      <input id={`${idPrefix}-pin`} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => props.onPin(e.target.value)} />
    </>
  );
}
