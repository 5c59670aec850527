import { useState } from 'react';
import { validateCampaignDraft, type CampaignDraft, type FieldError } from '../../../../shared/domain/campaign';
import { checkLinkTemplate, EXAMPLE_CODE_BODY, fillLinkTemplate } from '../../../../shared/domain/link-template';
import { displayCode, validateCodePrefix } from '../../../../shared/domain/code-format';
import { COMMON_CURRENCIES } from '../../../../shared/domain/currencies';
import type { Campaign } from '../../../../shared/domain/records';
import { db } from '../../db/db';
import { createCampaign, updateCampaign } from '../../db/repos/campaign-editor';
import { CheckField, TextField, type FieldsProps } from './CampaignFields';
import { managerAct } from './manager-act';

export type FormMode = { kind: 'create'; initial: CampaignDraft; makeActiveByDefault: boolean } | { kind: 'edit'; campaign: Campaign; initial: CampaignDraft; lockReason: string | null };

/**
 * Creates or edits a campaign. Every problem is shown beside its field and nothing is saved until
 * the whole draft is valid. When editing, a reward Stripe can no longer change is shown locked.
 */
export function CampaignForm({ mode, otherNames, onSaved, onCancel, onCopy }: { mode: FormMode; otherNames: readonly string[]; onSaved: (message: string) => void; onCancel: () => void; onCopy: (draft: CampaignDraft) => void }) {
  const [draft, setDraft] = useState<CampaignDraft>(mode.initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [makeActive, setMakeActive] = useState(mode.kind === 'create' && mode.makeActiveByDefault);
  const locked = mode.kind === 'edit' ? mode.lockReason : null;
  const props: FieldsProps = { draft, errors, set: (field, value) => setDraft((d) => ({ ...d, [field]: value })) };
  const currency = draft.currency.trim().toUpperCase() || 'the campaign currency';

  const save = async () => {
    const checked = validateCampaignDraft(draft, Date.now(), otherNames);
    setErrors(checked.ok ? [] : checked.errors);
    if (!checked.ok) return;
    const { settings } = checked;
    try {
      if (mode.kind === 'create') {
        await createCampaign(db, settings, { ...(await managerAct()), makeActive });
        return onSaved(`Campaign “${settings.name}” created${makeActive ? ' and made active' : ''}. Its coupon goes to Stripe with the next sync.`);
      }
      const result = await updateCampaign(db, mode.campaign.id, settings, await managerAct());
      const rulesChanged = JSON.stringify(mode.campaign.defaultRules) !== JSON.stringify(settings.defaultRules);
      onSaved(
        [
          `Saved “${settings.name}”.`,
          result.renamesCoupon && "The coupon's name in Stripe follows with the next sync.",
          result.recreatesCoupon && 'The coupon goes to Stripe with the new reward.',
          rulesChanged && 'The new default rules apply to codes generated from now on; existing codes keep theirs.',
        ].filter(Boolean).join(' '),
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form
      className="campaign-form"
      aria-label={mode.kind === 'create' ? 'New campaign' : `Edit ${mode.campaign.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{mode.kind === 'create' ? 'New campaign' : `Edit ${mode.campaign.name}`}</h3>
      <TextField {...props} field="name" label="Campaign name" hint="Up to 100 characters; Stripe shows the first 40 as the coupon's name." />
      <fieldset>
        <legend>Reward (the campaign's Stripe coupon)</legend>
        {locked && (
          <div className="locked-note" role="note" aria-label="Reward locked">
            <p>{locked} The name, rules and link can still change.</p>
            <button type="button" onClick={() => onCopy({ ...draft, name: `${draft.name} (new reward)`.slice(0, 100) })}>
              Create a new campaign instead
            </button>
          </div>
        )}
        <TextField {...props} field="currency" label="Currency" hint="Three-letter code, e.g. USD, EUR, GBP." list="campaign-currencies" disabled={!!locked} />
        <datalist id="campaign-currencies">
          {COMMON_CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <div role="radiogroup" aria-label="Reward kind" className="reward-kind">
          {(['amount_off', 'percent_off'] as const).map((kind) => (
            <label key={kind} className="consent">
              <input type="radio" name="reward-kind" disabled={!!locked} checked={draft.rewardKind === kind} onChange={() => props.set('rewardKind', kind)} />
              {kind === 'amount_off' ? 'Amount off' : 'Percent off'}
            </label>
          ))}
        </div>
        {draft.rewardKind === 'amount_off' ? (
          <TextField {...props} field="amountOff" label={`Amount off (${currency})`} inputMode="decimal" disabled={!!locked} />
        ) : (
          <TextField {...props} field="percentOff" label="Percent off (%)" hint="More than 0 and at most 100, up to two decimals." inputMode="decimal" disabled={!!locked} />
        )}
      </fieldset>
      <RulesFields {...props} currency={currency} editing={mode.kind === 'edit'} />
      <LinkFields {...props} />
      <fieldset>
        <legend>Referrers and leads</legend>
        <CheckField {...props} field="qualifyWhenCodeUsed" label="Qualify the lead when the referral code is used" />
        <CheckField {...props} field="generateCodeOnAdd" label="Generate a referral code when a referrer is added" />
      </fieldset>
      {mode.kind === 'create' && (
        <label className="consent">
          <input type="checkbox" checked={makeActive} onChange={(e) => setMakeActive(e.target.checked)} />
          Make it the active campaign
        </label>
      )}
      {errors.length > 0 && (
        <div role="alert" aria-label="Problems">
          <p>Nothing was saved. Please correct:</p>
          <ul className="form-errors">
            {errors.map((e) => (
              <li key={e.field}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && <p role="alert">{failure}</p>}
      <button type="submit" className="primary">
        {mode.kind === 'create' ? 'Create campaign' : 'Save changes'}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

function RulesFields(props: FieldsProps & { currency: string; editing: boolean }) {
  return (
    <fieldset>
      <legend>Default rules for generated codes</legend>
      {props.editing && <p className="muted">Changed rules apply to codes generated from now on; existing codes keep theirs.</p>}
      <CheckField {...props} field="firstTimeOnly" label="First-time order only" />
      <TextField {...props} field="redemptionLimit" label="Redemption limit per code" hint="Empty for unlimited." inputMode="numeric" />
      <TextField {...props} field="expiryDate" label="Expiry date" type="date" hint="In this device's time zone: codes work until 23:59:59 that day. Empty for never." />
      <TextField {...props} field="minimumOrder" label={`Minimum order (${props.currency})`} hint="Empty for no minimum." inputMode="decimal" />
    </fieldset>
  );
}

function LinkFields(props: FieldsProps) {
  const { draft } = props;
  const prefix = draft.codePrefix.trim() === '' ? null : validateCodePrefix(draft.codePrefix);
  const example = (prefix?.ok ? prefix.prefix : '') + EXAMPLE_CODE_BODY;
  const template = checkLinkTemplate(draft.linkTemplate);
  return (
    <fieldset>
      <legend>Codes and links</legend>
      <TextField {...props} field="codePrefix" label="Code prefix (optional)" hint="Up to 12 letters A–Z or digits, put in front of generated codes." />
      <TextField {...props} field="linkTemplate" label="Referral link template (optional)" type="url" hint="An https link with {code} where the code goes, e.g. https://example.shop/r/{code}. Printed on cards and in QR codes." />
      {template.ok && template.value && (
        <p className="muted" aria-label="Link preview">
          For the code {displayCode(example, 'generated')}: <code>{fillLinkTemplate(template.value, example)}</code>
        </p>
      )}
    </fieldset>
  );
}
