/**
 * A cell's formatting: model properties ⇄ exceljs style objects.
 * Sheets' defaults (Arial 10, normal weight/style, bottom alignment) are what an unformatted cell has, so they read
 * back as "not set": the model leaves a default unset rather than spelling it out.
 */
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import type { CellData } from '../emulator/model';

/** Sheets' default font, written on every styled cell so no cell falls back to exceljs' Calibri 11. */
export const DEFAULT_FONT_NAME = 'Arial';
export const DEFAULT_FONT_SIZE = 10;

/** '#rrggbb' → exceljs' 'FFRRGGBB'. */
export function hexToArgb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** exceljs' 'AARRGGBB' (or 'RRGGBB') → '#rrggbb'; undefined for theme/indexed colours. */
export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^([0-9a-f]{2})?[0-9a-f]{6}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

type StyleProps = Pick<CellData, 'background' | 'numberFormat' | 'fontWeight' | 'fontColor' | 'fontSize' |
  'fontStyle' | 'horizontalAlignment' | 'verticalAlignment' | 'wrap' | 'border'>;

const SIDES = ['top', 'left', 'bottom', 'right'] as const;

export function toExcelStyle(cell: StyleProps): Partial<Style> {
  const style: Partial<Style> = {};
  const font: Partial<Font> = { name: DEFAULT_FONT_NAME, size: cell.fontSize ?? DEFAULT_FONT_SIZE };
  if (cell.fontWeight === 'bold') font.bold = true;
  if (cell.fontStyle === 'italic') font.italic = true;
  if (cell.fontColor) font.color = { argb: hexToArgb(cell.fontColor) };
  style.font = font;
  if (cell.background) {
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(cell.background) } };
  }
  if (cell.numberFormat) style.numFmt = cell.numberFormat;
  const alignment: Partial<Alignment> = {};
  if (cell.horizontalAlignment) alignment.horizontal = cell.horizontalAlignment;
  if (cell.verticalAlignment) alignment.vertical = cell.verticalAlignment;
  if (cell.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) style.alignment = alignment;
  const b = cell.border;
  // Sheets' default border is a thin solid black line: Excel's 'thin'.
  if (b) style.border = Object.fromEntries(SIDES.filter((k) => b[k]).map((k) => [k, { style: 'thin', color: { argb: 'FF000000' } }])) as Partial<Borders>;
  return style;
}

function isDefaultFontSize(font: Partial<Font>): boolean {
  // Excel's and exceljs' own default font is Calibri 11: an unformatted cell of a file made there.
  return font.size === DEFAULT_FONT_SIZE || (font.name === 'Calibri' && font.size === 11);
}

export function fromExcelStyle(style: Partial<Style> | undefined): StyleProps {
  const out: StyleProps = {};
  if (!style) return out;
  const font = style.font;
  if (font) {
    if (font.bold) out.fontWeight = 'bold';
    if (font.italic) out.fontStyle = 'italic';
    if (typeof font.size === 'number' && !isDefaultFontSize(font)) out.fontSize = font.size;
    const color = argbToHex(font.color?.argb);
    if (color) out.fontColor = color;
  }
  const background = solidFillColor(style.fill);
  if (background) out.background = background;
  if (style.numFmt && style.numFmt !== 'General') out.numberFormat = style.numFmt;
  const a = style.alignment;
  if (a) {
    if (a.horizontal === 'left' || a.horizontal === 'center' || a.horizontal === 'right') out.horizontalAlignment = a.horizontal;
    // 'bottom' is the default in Sheets and Excel; LibreOffice spells it out on every cell it saves.
    if (a.vertical === 'top' || a.vertical === 'middle') out.verticalAlignment = a.vertical;
    if (a.wrapText) out.wrap = true;
  }
  const border = style.border;
  const sides = border ? SIDES.filter((k) => border[k]?.style) : [];
  if (sides.length) out.border = Object.fromEntries(sides.map((k) => [k, true]));
  return out;
}

function solidFillColor(fill: Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return argbToHex(fill.fgColor?.argb);
}
