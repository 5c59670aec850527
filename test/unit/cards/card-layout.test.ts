import { describe, expect, it } from 'vitest';
import { CARD_TEMPLATES, layoutSheet, MIN_MARGIN_MM, paginate, SHEETS, type CardTemplateId, type SheetId } from '../../../shared/domain/card-layout';

const CASES: [CardTemplateId, SheetId, number][] = [
  ['business_card', 'a4', 10],
  ['business_card', 'letter', 9],
  ['a6_flyer', 'a4', 2],
  ['a6_flyer', 'letter', 2],
];

describe('laying cards out on a sheet', () => {
  it.each(CASES)('%s on %s: %i per sheet, at the template’s exact size', (template, sheet, perSheet) => {
    const layout = layoutSheet(template, sheet);
    expect(layout.perSheet).toBe(perSheet);
    expect(layout.positions).toHaveLength(perSheet);
    const { width, height } = CARD_TEMPLATES[template].size;
    expect([layout.card.width, layout.card.height].sort()).toEqual([width, height].sort());
  });

  it.each(CASES)('%s on %s: every card keeps the printer margin and no two overlap', (template, sheet) => {
    const { positions, card, sheet: size } = layoutSheet(template, sheet);
    for (const p of positions) {
      expect(p.x).toBeGreaterThanOrEqual(MIN_MARGIN_MM - 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(MIN_MARGIN_MM - 1e-9);
      expect(p.x + card.width).toBeLessThanOrEqual(size.width - MIN_MARGIN_MM + 1e-9);
      expect(p.y + card.height).toBeLessThanOrEqual(size.height - MIN_MARGIN_MM + 1e-9);
    }
    for (const [i, a] of positions.entries())
      for (const b of positions.slice(i + 1)) expect(Math.abs(a.x - b.x) >= card.width - 1e-9 || Math.abs(a.y - b.y) >= card.height - 1e-9).toBe(true);
  });

  it.each(CASES)('%s on %s: crop marks line up with every cut, stay on the sheet and off the cards', (template, sheet) => {
    const { positions, card, cropMarks, columns, rows, sheet: size } = layoutSheet(template, sheet);
    expect(cropMarks).toHaveLength(2 * (columns + 1) + 2 * (rows + 1));
    const cutsX = new Set(positions.flatMap((p) => [p.x, p.x + card.width]).map((x) => x.toFixed(3)));
    const cutsY = new Set(positions.flatMap((p) => [p.y, p.y + card.height]).map((y) => y.toFixed(3)));
    for (const m of cropMarks) {
      const vertical = m.x1 === m.x2;
      expect(vertical ? cutsX.has(m.x1.toFixed(3)) : cutsY.has(m.y1.toFixed(3))).toBe(true);
      for (const v of [m.x1, m.x2]) expect(v >= 0 && v <= size.width).toBe(true);
      for (const v of [m.y1, m.y2]) expect(v >= 0 && v <= size.height).toBe(true);
      for (const p of positions) {
        const inside = (x: number, y: number) => x > p.x + 1e-9 && x < p.x + card.width - 1e-9 && y > p.y + 1e-9 && y < p.y + card.height - 1e-9;
        expect(inside((m.x1 + m.x2) / 2, (m.y1 + m.y2) / 2)).toBe(false);
      }
    }
  });

  it('centres the grid on the sheet', () => {
    const { positions, card, sheet } = layoutSheet('business_card', 'a4');
    const right = Math.max(...positions.map((p) => p.x)) + card.width;
    const bottom = Math.max(...positions.map((p) => p.y)) + card.height;
    expect(positions[0]!.x).toBeCloseTo(sheet.width - right);
    expect(positions[0]!.y).toBeCloseTo(sheet.height - bottom);
    expect(SHEETS.a4.size).toEqual({ width: 210, height: 297 });
  });

  it('splits a run into full sheets and a last partial one', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 10)).toEqual([]);
  });
});
