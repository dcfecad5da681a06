/** Loading, error and busy states: the user always sees that something runs or why it failed. */
import { h } from '../dom';
import { MissingServerFunctionError } from '../run';
import { explainError } from './explain-error';
import { withEmails } from './email-text';

export function spinner(): HTMLElement {
  return h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } });
}

export function loading(text = 'Đang tải…'): HTMLElement {
  return h('div', { class: 'loading', attrs: { role: 'status' } }, spinner(), text);
}

/** The red box with the server's own message; `retry` adds a "Thử lại" button. */
export function errorBox(error: unknown, retry?: () => void): HTMLElement {
  const missing = error instanceof MissingServerFunctionError;
  const title = missing ? 'Chức năng chưa sẵn sàng' : 'Có lỗi xảy ra';
  const { text, detail } = explainError(messageOf(error));
  return h(
    'div',
    { class: 'error-box', attrs: { role: 'alert' } },
    h('div', { class: 'error-title' }, title),
    h('div', { class: 'error-message' }, ...withEmails(text)),
    detail ? h('div', { class: 'error-detail' }, `Chi tiết: ${detail}`) : null,
    retry && !missing ? h('button', { class: 'retry', onClick: retry }, 'Thử lại') : null,
  );
}

export function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error ?? '');
  return raw.trim() || 'Máy chủ không trả lời. Vui lòng thử lại sau.';
}

/**
 * Runs `task` with every button of `scope` disabled and `button` showing a spinner, so nobody
 * starts a second server call while one is writing to the spreadsheet.
 */
export async function whileBusy<T>(scope: Element, button: HTMLButtonElement, busyLabel: string, task: () => Promise<T>): Promise<T> {
  const buttons = Array.from(scope.querySelectorAll('button')).filter((b) => !b.disabled);
  const label = Array.from(button.childNodes);
  for (const b of buttons) b.disabled = true;
  button.replaceChildren(spinner(), busyLabel);
  scope.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    for (const b of buttons) b.disabled = false;
    button.replaceChildren(...label);
    scope.removeAttribute('aria-busy');
  }
}
