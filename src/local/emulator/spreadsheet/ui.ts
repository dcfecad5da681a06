/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, recorded into a UiLog
 * (developers.google.com/apps-script/reference/base/ui). Alerts answer OK, as a user would.
 */
import type { EmulatorContext } from '../context';
import { counted } from './counted';
import type { MenuLog } from './ui-log';
import { UiLog } from './ui-log';
import type { AssertAssignable } from './user';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

type HtmlLike = { getContent(): string; getTitle(): string };
type GMenu = GoogleAppsScript.Base.Menu;

class MenuImpl {
  constructor(private readonly ctx: EmulatorContext, private readonly log: UiLog, private readonly menu: MenuLog, private readonly top: boolean) {
    return counted(ctx, 'Menu', this);
  }
  addItem(caption: string, functionName: string): GMenu {
    this.menu.entries.push({ kind: 'item', caption, functionName });
    return this as unknown as GMenu;
  }
  addSeparator(): GMenu {
    this.menu.entries.push({ kind: 'separator' });
    return this as unknown as GMenu;
  }
  addSubMenu(menu: GMenu): GMenu {
    this.menu.entries.push({ kind: 'submenu', menu: (menu as unknown as { _log(): MenuLog })._log() });
    return this as unknown as GMenu;
  }
  addToUi(): void {
    if (!this.top) return;
    // Re-running onOpen replaces the menu, as reopening the file does.
    const i = this.log.menus.findIndex((m) => m.title === this.menu.title && m.addon === this.menu.addon);
    if (i >= 0) this.log.menus.splice(i, 1, this.menu);
    else this.log.menus.push(this.menu);
  }
  _log(): MenuLog { return this.menu; }
}

class UiImpl {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly ctx: EmulatorContext, private readonly log: UiLog, private readonly addonName: string) {
    return counted(ctx, 'Ui', this);
  }
  createAddonMenu(): GMenu {
    return new MenuImpl(this.ctx, this.log, { title: this.addonName, addon: true, entries: [] }, true) as unknown as GMenu;
  }
  createMenu(title: string): GMenu {
    // A menu made with createMenu can be a submenu; it reaches the UI only through addToUi.
    return new MenuImpl(this.ctx, this.log, { title, addon: false, entries: [] }, true) as unknown as GMenu;
  }
  showSidebar(userInterface: HtmlLike): void {
    this.log.sidebars.push({ title: userInterface.getTitle(), html: userInterface.getContent(), output: userInterface });
  }
  showModalDialog(userInterface: HtmlLike, title: string): void {
    this.log.dialogs.push({ title, html: userInterface.getContent(), output: userInterface, modal: true });
  }
  showModelessDialog(userInterface: HtmlLike, title: string): void {
    this.log.dialogs.push({ title, html: userInterface.getContent(), output: userInterface, modal: false });
  }
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const entry = dialogEntry(a, b, c);
    this.log.alerts.push(entry);
    return this.answer(entry.buttons) as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const entry = dialogEntry(a, b, c);
    this.log.prompts.push(entry);
    const button = this.answer(entry.buttons ?? ButtonSet.OK);
    const text = this.log.promptTexts.shift() ?? '';
    return { getResponseText: () => text, getSelectedButton: () => button } as unknown as GoogleAppsScript.Base.PromptResponse;
  }
  private answer(buttons: string | undefined): string {
    const queued = this.log.answers.shift();
    if (queued !== undefined) return queued;
    return buttons && String(buttons).startsWith('YES') ? Button.YES : Button.OK;
  }
}

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogEntry(a: string, b?: unknown, c?: unknown): { title?: string; prompt: string; buttons?: string } {
  if (typeof b === 'string' && !(b in ButtonSet)) return { title: a, prompt: b, buttons: c === undefined ? undefined : String(c) };
  return { prompt: a, buttons: b === undefined ? undefined : String(b) };
}

export function makeUi(ctx: EmulatorContext, log: UiLog, addonName: string): GoogleAppsScript.Base.Ui {
  return new UiImpl(ctx, log, addonName) as unknown as GoogleAppsScript.Base.Ui;
}

type _MenuCheck = AssertAssignable<MenuImpl, Pick<GMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>>;
type _UiCheck = AssertAssignable<UiImpl, Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog' | 'alert' | 'prompt'>>;
