/** Before the first manager is set up, anyone can use the till: said plainly, with the way to change it. */
export function OpenTillBanner() {
  return (
    <div className="open-till-banner no-print" role="region" aria-label="Open till">
      <p>
        No staff set up: anyone can use this till. Set up a manager PIN in <a href="#/staff">Staff</a>.
      </p>
    </div>
  );
}
