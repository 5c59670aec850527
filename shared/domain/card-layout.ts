/**
 * Card templates and how many fit on a sheet, in millimetres: cards abut in a grid centred on the
 * sheet (one cut serves two cards), with crop marks in the margin at every cut line. The margin
 * leaves what office printers cannot print on. Pure.
 */

export type CardTemplateId = 'business_card' | 'a6_flyer';
export type SheetId = 'a4' | 'letter';

export interface Size {
  width: number;
  height: number;
}

export const CARD_TEMPLATES: Record<CardTemplateId, { label: string; size: Size }> = {
  business_card: { label: 'Business card (85 × 55 mm)', size: { width: 85, height: 55 } },
  a6_flyer: { label: 'A6 flyer (105 × 148 mm)', size: { width: 105, height: 148 } },
};

export const SHEETS: Record<SheetId, { label: string; size: Size; cssSize: string }> = {
  a4: { label: 'A4', size: { width: 210, height: 297 }, cssSize: 'A4 portrait' },
  letter: { label: 'US Letter', size: { width: 215.9, height: 279.4 }, cssSize: 'letter portrait' },
};

/** What most office printers leave blank at the edges (5 mm), plus room for the crop marks. */
export const MIN_MARGIN_MM = 10;
const MARK_GAP_MM = 1.5;
const MARK_LENGTH_MM = 5;

export interface CropMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SheetLayout {
  sheet: Size;
  /** the card as placed: turned a quarter when more fit that way */
  card: Size;
  rotated: boolean;
  columns: number;
  rows: number;
  perSheet: number;
  /** top-left corner of each card on the sheet, row by row */
  positions: { x: number; y: number }[];
  cropMarks: CropMark[];
}

export function layoutSheet(templateId: CardTemplateId, sheetId: SheetId): SheetLayout {
  const sheet = SHEETS[sheetId].size;
  const size = CARD_TEMPLATES[templateId].size;
  const upright = grid(sheet, size);
  const turned = grid(sheet, { width: size.height, height: size.width });
  const rotated = turned.columns * turned.rows > upright.columns * upright.rows;
  const { columns, rows } = rotated ? turned : upright;
  const card = rotated ? { width: size.height, height: size.width } : size;
  const left = (sheet.width - columns * card.width) / 2;
  const top = (sheet.height - rows * card.height) / 2;
  const positions = [];
  for (let row = 0; row < rows; row++) for (let column = 0; column < columns; column++) positions.push({ x: left + column * card.width, y: top + row * card.height });
  return { sheet, card, rotated, columns, rows, perSheet: columns * rows, positions, cropMarks: cropMarks(left, top, columns, rows, card) };
}

/** Cards split into sheets, in order. */
export function paginate<T>(items: readonly T[], perSheet: number): T[][] {
  const sheets: T[][] = [];
  for (let i = 0; i < items.length; i += perSheet) sheets.push(items.slice(i, i + perSheet));
  return sheets;
}

function grid(sheet: Size, card: Size): { columns: number; rows: number } {
  return {
    columns: Math.max(0, Math.floor((sheet.width - 2 * MIN_MARGIN_MM) / card.width)),
    rows: Math.max(0, Math.floor((sheet.height - 2 * MIN_MARGIN_MM) / card.height)),
  };
}

/** A short line outside the grid at both ends of every cut, never over a card. */
function cropMarks(left: number, top: number, columns: number, rows: number, card: Size): CropMark[] {
  const right = left + columns * card.width;
  const bottom = top + rows * card.height;
  const marks: CropMark[] = [];
  for (let c = 0; c <= columns; c++) {
    const x = left + c * card.width;
    marks.push({ x1: x, y1: top - MARK_GAP_MM - MARK_LENGTH_MM, x2: x, y2: top - MARK_GAP_MM });
    marks.push({ x1: x, y1: bottom + MARK_GAP_MM, x2: x, y2: bottom + MARK_GAP_MM + MARK_LENGTH_MM });
  }
  for (let r = 0; r <= rows; r++) {
    const y = top + r * card.height;
    marks.push({ x1: left - MARK_GAP_MM - MARK_LENGTH_MM, y1: y, x2: left - MARK_GAP_MM, y2: y });
    marks.push({ x1: right + MARK_GAP_MM, y1: y, x2: right + MARK_GAP_MM + MARK_LENGTH_MM, y2: y });
  }
  return marks;
}
