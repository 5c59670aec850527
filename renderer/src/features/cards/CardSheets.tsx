import { layoutSheet, paginate, SHEETS, type CardTemplateId, type SheetId } from '../../../../shared/domain/card-layout';
import type { ReferralCard } from '../../../../shared/domain/referral-card';
import { CardFace, type CardBranding } from './CardFace';

export interface CardSheetsProps {
  cards: ReferralCard[];
  qrSvgs: (string | null)[];
  branding: CardBranding;
  template: CardTemplateId;
  sheet: SheetId;
}

/** The run as printed: one page per sheet, cards placed and crop marks drawn in millimetres. */
export function CardSheets({ cards, qrSvgs, branding, template, sheet }: CardSheetsProps) {
  const layout = layoutSheet(template, sheet);
  const pages = paginate(cards.map((card, i) => ({ card, qr: qrSvgs[i] ?? null })), layout.perSheet);
  const { width, height } = layout.sheet;
  return (
    <div className="card-sheets">
      <style>{`@page { size: ${SHEETS[sheet].cssSize}; margin: 0; }`}</style>
      {pages.map((page, p) => (
        <section key={p} className="card-sheet" aria-label={`Sheet ${p + 1} of ${pages.length}`} style={{ width: `${width}mm`, height: `${height}mm` }}>
          <svg className="crop-marks" viewBox={`0 0 ${width} ${height}`} width={`${width}mm`} height={`${height}mm`} aria-hidden="true">
            {layout.cropMarks.map((m, i) => (
              <line key={i} x1={m.x1} y1={m.y1} x2={m.x2} y2={m.y2} stroke="#000" strokeWidth={0.2} />
            ))}
          </svg>
          {page.map(({ card, qr }, i) => {
            const at = layout.positions[i]!;
            return (
              <div
                key={card.serial}
                className="card-slot"
                style={{ left: `${at.x}mm`, top: `${at.y}mm`, width: `${layout.card.width}mm`, height: `${layout.card.height}mm` }}
              >
                {layout.rotated ? (
                  // the card is designed upright: turned a quarter into its landscape slot
                  <div className="card-turn" style={{ width: `${layout.card.height}mm`, height: `${layout.card.width}mm`, transform: `translateX(${layout.card.width}mm) rotate(90deg)` }}>
                    <CardFace card={card} branding={branding} qrSvg={qr} template={template} />
                  </div>
                ) : (
                  <CardFace card={card} branding={branding} qrSvg={qr} template={template} />
                )}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
