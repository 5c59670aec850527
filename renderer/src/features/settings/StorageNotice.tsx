export type Persistence = 'granted' | 'refused' | 'unsupported' | 'checking';

/** The browser may evict data it was not allowed to persist: say so, never hide it. */
export function StorageNotice({ persistence }: { persistence: Persistence }) {
  if (persistence === 'granted' || persistence === 'checking') return null;
  const text =
    persistence === 'refused'
      ? 'The browser refused persistent storage: under storage pressure it could delete sales that have not synced yet. Install the desktop app or allow storage for this site.'
      : 'This browser cannot keep storage persistent: sales that have not synced could be lost if it clears its data.';
  return (
    <p className="storage-notice" role="alert" aria-label="Storage warning">
      {text}
    </p>
  );
}
