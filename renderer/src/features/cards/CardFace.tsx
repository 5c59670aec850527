import type { ReferralCard } from '../../../../shared/domain/referral-card';

export interface CardBranding {
  businessName: string;
  /** a data: URL of the logo image, or null */
  logo: string | null;
}

/**
 * One printed card. Sizes are in millimetres so that the screen preview and the printed sheet are
 * the same layout; the QR code is vector (SVG) so that it prints sharp at any resolution.
 */
export function CardFace({ card, branding, qrSvg, template }: { card: ReferralCard; branding: CardBranding; qrSvg: string | null; template: 'business_card' | 'a6_flyer' }) {
  return (
    <article className={`referral-card ${template}`} aria-label={`Card ${card.serial}`}>
      <header className="card-brand">
        {branding.logo && <img src={branding.logo} alt="" className="card-logo" />}
        <span className="card-business">{branding.businessName}</span>
      </header>
      <div className="card-body">
        <div className="card-text">
          <p className="card-offer">{card.offer}</p>
          <p className="card-from">Referred by {card.referrerName}</p>
          <p className="card-code" aria-label="Referral code">
            {card.code}
          </p>
          {card.rules.length > 0 && <p className="card-rules">{card.rules.join(' · ')}</p>}
          {card.link && <p className="card-link">{card.link}</p>}
        </div>
        {qrSvg && <img className="card-qr" alt={`QR code: ${card.qrText}`} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`} />}
      </div>
      <footer className="card-serial">{card.serial}</footer>
    </article>
  );
}
