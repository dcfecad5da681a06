/**
 * A link to a unit's tab in a member workbook (issue 13): openSheet can only activate a sheet of
 * the file the sidebar runs in, so a tab in another spreadsheet opens by its address, at its gid
 * (and cell), in a new browser tab.
 */
import { h } from '../dom';

export function fileTabLink(url: string, sheetId: number, text: string, title: string, a1?: string): HTMLElement {
  const href = `${url}#gid=${sheetId}${a1 ? `&range=${encodeURIComponent(a1)}` : ''}`;
  return h('a', { class: 'link', attrs: { href, target: '_blank', rel: 'noopener', title, 'aria-label': title } }, text);
}
