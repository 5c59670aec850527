import type { RowProblem } from '../../../../shared/csv/referrer-import';

const SHOWN = 200;

/** Every row that is not imported, by its row number in the file, with the reason. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  if (problems.length === 0) return null;
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
    </>
  );
}
