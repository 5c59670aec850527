import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { CARD_TEMPLATES, layoutSheet, SHEETS, type CardTemplateId, type SheetId } from '../../../../shared/domain/card-layout';
import { db } from '../../db/db';
import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { batchOfFile, CardBatchError, cardCandidates, createCardBatch, type CardCandidate } from '../../db/repos/card-batches';
import { tillContext } from '../payment/till-context';
import type { ImportReport } from '../../db/repos/referrer-import-repo';
import { ImportReferrers } from '../referrers/ImportReferrers';
import { BatchList } from './BatchList';
import { CardDesignForm, useCardBranding } from './CardDesignForm';

type Who = 'all' | 'selected' | 'search';
const SHOWN = 200;

/** Event staff choose who gets a card, the card and sheet size, and create a numbered print batch. */
export function CardsScreen() {
  const { active } = useCampaigns();
  const branding = useCardBranding(active?.name ?? 'Our shop');
  const candidates = useLiveQuery(() => (active ? cardCandidates(db, active.id) : Promise.resolve([])), [active?.id]);
  const [who, setWho] = useState<Who>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [template, setTemplate] = useState<CardTemplateId>('business_card');
  const [sheet, setSheet] = useState<SheetId>('a4');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const query = useDeferredValue(search);
  const matches = useMemo(() => matching(candidates ?? [], query), [candidates, query]);
  const chosen = who === 'all' ? (candidates ?? []) : who === 'search' ? matches : (candidates ?? []).filter((c) => selected.has(c.code.code));
  const perSheet = layoutSheet(template, sheet).perSheet;
  const create = async (codes: string[] = chosen.map((c) => c.code.code), sourceFileHash?: string) => {
    if (!active) return;
    setProblem(null);
    try {
      const batch = await createCardBatch(db, { campaignId: active.id, codes, template, sheet, label, ...(sourceFileHash !== undefined && { sourceFileHash }) }, await tillContext());
      location.hash = `#/cards/batch/${batch.id}`;
    } catch (error) {
      setProblem(error instanceof CardBatchError ? error.message : String(error));
    }
  };
  /**
   * "create 200 referrers for the spring fair staff list": imported with codes, then one print batch
   * of everyone the file names, in its order. The same file again (after a reload cut the import
   * short, say) finishes the import and opens the batch made of it rather than making a second one.
   */
  const printImported = async (report: ImportReport) => {
    if (!active || report.namedReferrerIds.length === 0) return;
    const earlier = await batchOfFile(db, active.id, report.fileHash);
    const byReferrer = new Map((await cardCandidates(db, active.id)).map((c) => [c.referrer.id, c.code.code]));
    const codes = report.namedReferrerIds.flatMap((id) => byReferrer.get(id) ?? []);
    if (earlier && sameCodes(earlier.codes, codes)) return void (location.hash = `#/cards/batch/${earlier.id}`);
    await create(codes, report.fileHash);
  };
  const toggle = (code: string) => setSelected((now) => (now.has(code) ? new Set([...now].filter((c) => c !== code)) : new Set([...now, code])));
  if (!active) return <main className="cards" aria-label="Referral cards"><p role="status">There is no campaign yet: cards need referrers with codes.</p></main>;
  return (
    <main className="cards" aria-label="Referral cards">
      <h2>Referral code cards — {active.name}</h2>
      <CardDesignForm branding={branding} />
      <form
        aria-label="New print batch"
        className="card-run"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset>
          <legend>Who gets a card</legend>
          <label><input type="radio" name="who" checked={who === 'all'} onChange={() => setWho('all')} /> All referrers with a code ({candidates?.length ?? '…'})</label>
          <label><input type="radio" name="who" checked={who === 'search'} onChange={() => setWho('search')} /> Everyone matching the search ({matches.length})</label>
          <label><input type="radio" name="who" checked={who === 'selected'} onChange={() => setWho('selected')} /> Referrers I tick ({selected.size})</label>
          <label htmlFor="card-search">Search by name, email, phone or code</label>
          <input id="card-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <CandidateList matches={matches} selected={selected} toggle={toggle} />
        </fieldset>
        <label htmlFor="card-template">Card</label>
        <select id="card-template" value={template} onChange={(e) => setTemplate(e.target.value as CardTemplateId)}>
          {Object.entries(CARD_TEMPLATES).map(([id, t]) => <option key={id} value={id}>{t.label}</option>)}
        </select>
        <label htmlFor="card-sheet">Sheet</label>
        <select id="card-sheet" value={sheet} onChange={(e) => setSheet(e.target.value as SheetId)}>
          {Object.entries(SHEETS).map(([id, s]) => <option key={id} value={id}>{s.label}</option>)}
        </select>
        <label htmlFor="card-label">Event or label (optional)</label>
        <input id="card-label" value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Spring fair staff" />
        <p className="muted">
          {chosen.length} cards, {perSheet} per sheet: {Math.ceil(chosen.length / perSheet)} sheets.
        </p>
        <button type="submit" className="primary" disabled={chosen.length === 0}>
          Create print batch of {chosen.length} cards
        </button>
        {problem && <p role="alert">{problem}</p>}
      </form>
      <p className="muted">An event’s staff list: its people become referrers with codes, and their cards are printed at once with the card, sheet and event label chosen above.</p>
      <ImportReferrers campaign={active} title="New referrers for an event (CSV)" alwaysWithCodes onImported={(report) => void printImported(report)} />
      <BatchList campaignId={active.id} />
    </main>
  );
}

function CandidateList({ matches, selected, toggle }: { matches: CardCandidate[]; selected: ReadonlySet<string>; toggle: (code: string) => void }) {
  return (
    <div className="card-candidates">
      {matches.length > SHOWN && <p className="muted">Showing the first {SHOWN} of {matches.length} matches.</p>}
      <ul aria-label="Referrers with a code">
        {matches.slice(0, SHOWN).map(({ referrer, code }) => (
          <li key={code.code}>
            <label>
              <input type="checkbox" checked={selected.has(code.code)} onChange={() => toggle(code.code)} /> {referrer.name} — {code.code}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

function matching(candidates: CardCandidate[], query: string): CardCandidate[] {
  const q = query.trim().toLowerCase();
  if (q === '') return candidates;
  const compact = q.replace(/[\s-]/g, '').toUpperCase();
  return candidates.filter(({ referrer, code }) => referrer.name.toLowerCase().includes(q) || (referrer.email ?? '').toLowerCase().includes(q) || (referrer.phone ?? '').includes(q) || code.code.includes(compact));
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i]);
}
