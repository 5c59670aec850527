import { useEffect, useMemo } from 'react';
import { toCsv } from '../../../../shared/csv/csv-export';
import type { RowProblem } from '../../../../shared/csv/referrer-import';

const SHOWN = 200;
const KIND_LABEL = { invalid: 'invalid', duplicate_in_file: 'duplicate in the file', already_referrer: 'already a referrer' } as const;

/** Every row that is not imported, by its row number in the file, with the reason; all of them as CSV. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  const href = useMemo(() => {
    if (problems.length === 0) return null;
    const csv = toCsv(['row', 'problem', 'reason'], problems.map((p) => [p.row, KIND_LABEL[p.kind], p.reason]));
    return URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  }, [problems]);
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href]);
  if (problems.length === 0 || !href) return null;
  return (
    <>
      <ul aria-label="Rows not imported" className="import-problems">
        {problems.slice(0, SHOWN).map((p) => (
          <li key={`${p.row}-${p.kind}`}>
            Row {p.row}: {p.reason}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="muted">… and {(problems.length - SHOWN).toLocaleString('en-US')} more rows not imported.</p>}
      <a href={href} download="rows-not-imported.csv">
        Download the rows not imported (CSV)
      </a>
    </>
  );
}
