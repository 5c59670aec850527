import type { CheckItem, CheckStatus } from '../../../../shared/domain/diagnostics';

const STATUS_TEXT: Record<CheckStatus, string> = { pass: 'Pass', fail: 'Fail', unknown: 'Unknown' };

/** The checklist, each item with its verdict, what was found, and for a failure how to fix it. */
export function Checklist({ items }: { items: readonly CheckItem[] }) {
  return (
    <ol className="checklist" aria-label="Checklist">
      {items.map((item) => (
        <li key={item.id} className={`check-${item.status}`} aria-label={`${STATUS_TEXT[item.status]}: ${item.label}`}>
          <p className="check-head">
            <strong className="check-status">{STATUS_TEXT[item.status]}</strong> {item.label}
          </p>
          <p className="check-detail">{item.detail}</p>
          {item.fix && (
            <p className="check-fix">
              <span>Fix: {item.fix.text}</span>
              {item.fix.link && (
                <>
                  {' '}
                  <a href={item.fix.link.href}>Go to {item.fix.link.label}</a>
                </>
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
