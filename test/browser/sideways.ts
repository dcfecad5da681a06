/** Issue 16's 300 px check: how far a panel scrolls sideways, what a user of Google's sidebar would have to do to read it. */
import { SIDEBAR_WIDTH, type SidebarSession } from './harness';

export async function sideways(s: Pick<SidebarSession, 'page'>): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return s.page.evaluate(() => {
    const el = document.scrollingElement!;
    // The element reaching furthest right, to name the culprit when the check fails.
    let widest = '';
    let right = 0;
    for (const e of Array.from(document.body.querySelectorAll('*'))) {
      const r = e.getBoundingClientRect().right;
      if (r > right) { right = r; widest = `${e.tagName.toLowerCase()}.${e.className} “${(e.textContent ?? '').slice(0, 60)}” → ${Math.round(r)} px`; }
    }
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, widest };
  });
}

export async function expectNoSidewaysScroll(s: Pick<SidebarSession, 'page'>, view: string): Promise<void> {
  const m = await sideways(s);
  expect({ view, scrolls: m.scrollWidth > m.clientWidth ? m.widest : false }).toEqual({ view, scrolls: false });
  expect(m.clientWidth).toBe(SIDEBAR_WIDTH);
}
