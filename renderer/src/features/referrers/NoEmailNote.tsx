/** The article's promise, shown where referrers come in: nobody is told about their code by us. */
export function NoEmailNote() {
  return <p className="muted no-email-note">Adding, importing or syncing referrers never emails anyone.</p>;
}
