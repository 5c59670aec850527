import { useEffect } from 'react';
import { db } from '../../db/db';
import { PAGE_SIZE } from '../../db/repos/referrer-list';
import { searchEntries } from '../../db/repos/referrer-search-index';
import { ReferrerRowView } from './ReferrerRowView';
import { useReferrersUi } from './referrers-store';
import { useReferrerList } from './useReferrerList';

/** The campaign's referrers, paged, or found by name, email, phone or code. */
export function ReferrerList({ campaignId }: { campaignId: string }) {
  const { searchText, page, setSearchText, setPage } = useReferrersUi();
  const list = useReferrerList(campaignId, searchText, page);
  // another campaign's list starts at its first page
  useEffect(() => setPage(0), [campaignId, setPage]);
  const searching = searchText.trim() !== '';
  const pages = list.total === null ? 1 : Math.max(1, Math.ceil(list.total / PAGE_SIZE));
  return (
    <section aria-label="Referrer list" className="referrer-list">
      <h3>Referrers</h3>
      <label htmlFor="referrer-search">Search by name, email, phone or code</label>
      <input
        id="referrer-search"
        type="search"
        value={searchText}
        maxLength={200}
        // a large campaign's search entries take a moment to read: start when the manager is about to type
        onFocus={() => void searchEntries(db, campaignId)}
        onChange={(e) => setSearchText(e.target.value)}
      />
      <p role="status" aria-label="List summary">
        {searching
          ? list.loaded
            ? `${list.rows.length === PAGE_SIZE ? `First ${PAGE_SIZE}` : list.rows.length} match${list.rows.length === 1 ? '' : 'es'} for “${searchText.trim()}”.`
            : 'Searching…'
          : list.loaded
            ? `${(list.total ?? 0).toLocaleString('en-US')} referrers · page ${page + 1} of ${pages}`
            : 'Loading…'}
      </p>
      <table aria-label="Referrers" aria-busy={!list.loaded}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Source</th>
            <th scope="col">Referral Code</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((row) => (
            <ReferrerRowView key={row.referrer.id} row={row} />
          ))}
        </tbody>
      </table>
      {!searching && pages > 1 && (
        <nav aria-label="Pages" className="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous page
          </button>
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
