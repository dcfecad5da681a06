/** What the add-on showed the user, recorded by the emulated Ui for tests and the playground. */

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuLog };

export interface MenuLog {
  title: string;
  /** True for createAddonMenu(): Sheets shows it under Extensions › <add-on name>. */
  addon: boolean;
  entries: MenuEntry[];
}

export interface HtmlShown {
  title: string;
  html: string;
  /** The HtmlOutput the add-on passed, for tests that need more than its content. */
  output: unknown;
}

export interface AlertLog {
  title?: string;
  prompt: string;
  buttons?: string;
}

export interface ToastLog {
  message: string;
  title?: string;
  timeoutSeconds?: number;
}

export class UiLog {
  /** The add-on's name: the title of createAddonMenu() menus. */
  constructor(readonly addonName = 'Add-on') {}

  readonly menus: MenuLog[] = [];
  readonly sidebars: HtmlShown[] = [];
  readonly dialogs: Array<HtmlShown & { modal: boolean }> = [];
  readonly alerts: AlertLog[] = [];
  readonly toasts: ToastLog[] = [];
  readonly prompts: AlertLog[] = [];
  /**
   * Buttons the "user" presses, in order, for alert()/prompt(); when none are queued the user
   * agrees (OK, or YES for a yes/no question).
   */
  readonly answers: string[] = [];
  /** Texts the "user" types into prompt() dialogs, in order ('' when none are queued). */
  readonly promptTexts: string[] = [];

  /** The [caption, functionName] pairs of a menu by title, submenus flattened in order. */
  menuItems(title: string): Array<[string, string]> {
    const menu = this.menus.find((m) => m.title === title);
    if (!menu) return [];
    const out: Array<[string, string]> = [];
    const walk = (m: MenuLog) => {
      for (const e of m.entries) {
        if (e.kind === 'item') out.push([e.caption, e.functionName]);
        else if (e.kind === 'submenu') walk(e.menu);
      }
    };
    walk(menu);
    return out;
  }

  /** Items of the add-on menu (createAddonMenu), whatever the add-on is called. */
  addonMenuItems(): Array<[string, string]> {
    return this.menuItems(this.addonName);
  }

  lastSidebar(): HtmlShown | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }
}
