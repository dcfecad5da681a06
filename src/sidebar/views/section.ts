/**
 * What every sidebar feature shares: its frame (heading, one line saying what it does, then its
 * controls), and a button that fills an output with what a server call renders, or with the error.
 */
import { h, replace, type Child } from '../dom';
import { errorBox, whileBusy } from './feedback';

/** `fnName` marks the section with the server function it needs (data-feature), where it needs one. */
export function section(cls: string, fnName: string | null, heading: Child | Child[], description: string, ...body: Child[]): HTMLElement {
  return h(
    'section',
    { class: cls, ...(fnName ? { attrs: { 'data-feature': fnName } } : {}) },
    h('h2', {}, ...(Array.isArray(heading) ? heading : [heading])),
    h('p', { class: 'secondary' }, description),
    ...body,
  );
}

/** Runs `render` while `scope` is busy; what it returns replaces `output`, an error shows there instead. */
export function fillOnClick(scope: Element, button: HTMLButtonElement, busyLabel: string, output: Element, render: () => Promise<Child | Child[]>): void {
  button.addEventListener('click', () => void whileBusy(scope, button, busyLabel, async () => {
    try {
      const shown = await render();
      replace(output, ...(Array.isArray(shown) ? shown : [shown]));
    } catch (error) {
      replace(output, errorBox(error));
    }
  }));
}

/** The line after each step that names what the coordinator does next (issue 16: no step ends without one). */
export function nextStep(text: string, cls?: string): HTMLElement {
  return h('p', { class: cls ? `next-step ${cls}` : 'next-step' }, h('span', { class: 'next-step-label' }, 'Bước tiếp theo: '), text);
}

/** A reply's `message` where it has one, else a neutral "done". */
export function replyMessage(reply: unknown): string {
  if (reply && typeof reply === 'object' && typeof (reply as { message?: unknown }).message === 'string') {
    return (reply as { message: string }).message;
  }
  return 'Đã xong.';
}
