import { memo } from 'react';
import type { ReferralCard } from '../../../../shared/domain/referral-card';

export interface CardBranding {
  businessName: string;
  /** a data: URL of the logo image, or null */
  logo: string | null;
}

/**
 * One printed card (memoised: a run of thousands re-renders only the cards whose QR code arrived). Sizes are in millimetres so that the screen preview and the printed sheet are
 * the same layout; the QR code is vector (SVG) so that it prints sharp at any resolution.
 */
export const CardFace = memo(function CardFace({ card, branding, qrSvg, template }: { card: ReferralCard; branding: CardBranding; qrSvg: string | null; template: 'business_card' | 'a6_flyer' }) {
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
        {/* inline: the qrcode library's own SVG (two paths, no text from the card), vector in print and cheap for Chromium's PDF */}
        {qrSvg && <div className="card-qr" role="img" aria-label={`QR code: ${card.qrText}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />}
      </div>
      <footer className="card-serial">{card.serial}</footer>
    </article>
  );
});
