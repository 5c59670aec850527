import { ACCEPTED_DATE_FORMATS } from '../../../../shared/csv/order-date';

/** What uploading converted customers does, row by row: the rules the screen applies, in words. */
export function UploadHelp({ currency }: { currency: string }) {
  return (
    <details className="upload-help" open>
      <summary>How a file of converted customers is read</summary>
      <p>
        For sales made offline: a CSV file with a header row and one row per customer who bought. Pick what names the referral in this file; every
        row is judged with the counter’s rules as of its order date (expired, uses left, minimum order, first-time customer, deactivated code,
        another campaign) and either qualifies a lead — so the referrer earns the reward — or is rejected with the reason.
      </p>
      <ul>
        <li>
          <strong>Customer email</strong>: the email matches a lead already captured (at the counter, a kiosk or by phone), which is qualified. With a
          referral code column, a customer with no lead yet becomes a new lead for that code’s referrer.
        </li>
        <li>
          <strong>Referral code</strong>: the row’s code names the referrer; the row’s customer (email or phone) becomes a qualified lead for it, or
          their existing lead with that code is qualified.
        </li>
        <li>
          <strong>Stripe promotion code or coupon id</strong>: a promotion code id (promo_…) names the referral code, as above; a coupon id names only
          the campaign, so it qualifies the customer’s lead already in that campaign.
        </li>
      </ul>
      <p>
        Optional columns: name, phone, order amount (in {currency}, e.g. 45.00) and order date ({ACCEPTED_DATE_FORMATS}; a date without a zone is
        this device’s time; no date means today). A row without an amount is judged with the lead’s own sale at the counter, if it has one; otherwise a code with a minimum order cannot qualify it.
      </p>
      <p>
        A customer qualifies once per referral code: a row whose lead is already qualified — by an earlier file, an earlier row or a paid sale —
        changes nothing and is reported “unchanged”. The same file uploaded again is recognised and changes nothing. Uploaded sales stay on this
        device: Stripe never saw them, so they are not sent to it, but they count against a code’s limit here. Rows are numbered as in a spreadsheet
        (the header is row 1).
      </p>
    </details>
  );
}
