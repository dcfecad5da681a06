/**
 * Opens the sidebar the way a user does: the file opens (onOpen builds the add-on menu), the user
 * picks "Mở bảng điều khiển", the bundle's showSidebar hands its HTML to the emulated Ui, and that
 * HTML runs in Chromium with every google.script.run call answered by the same bundle.
 */
import path from 'node:path';
import type { Emulator } from '../../src/local/emulator/emulator';
import type { Bundle } from '../../src/local/sandbox';
import { MENU_OPEN_SIDEBAR } from '../../src/gas/menu';
import { bundleHandler, openSidebar, ROOT, type SidebarSession } from './harness';

export interface MenuSidebar extends SidebarSession {
  bundle: Bundle;
  /** The sidebar's title as Sheets would show it. */
  title: string;
}

/** `spreadsheetId`: the file the user opens (a member workbook); every call of the panel then runs in it. */
export async function openSidebarFromMenu(emu: Emulator, user = emu.user, spreadsheetId?: string): Promise<MenuSidebar> {
  const bundle = emu.bundle ?? emu.load(path.join(ROOT, 'dist', 'Code.js'));
  const opened = emu.fireOpen(user, spreadsheetId === undefined ? {} : { spreadsheetId }).find((r) => r.error);
  if (opened) throw opened.error;
  const item = emu.ui.addonMenuItems().find(([caption]) => caption === MENU_OPEN_SIDEBAR);
  if (!item) throw new Error(`the add-on menu has no "${MENU_OPEN_SIDEBAR}": ${JSON.stringify(emu.ui.addonMenuItems())}`);
  emu.user = user;
  const inFile = <T>(fn: () => T): T => (spreadsheetId === undefined ? fn() : emu.run(emu.user, fn, { spreadsheetId }));
  inFile(() => bundle.call(item[1]));
  const shown = emu.ui.lastSidebar();
  if (!shown) throw new Error(`${item[1]} showed no sidebar`);
  // Apps Script hides names ending in "_" from google.script.run; every other top-level function is callable.
  const functions = bundle.functionNames().filter((n) => !n.endsWith('_'));
  const handle = bundleHandler(bundle);
  const session = await openSidebar({ html: shown.html, functions, handle: (fn, args) => inFile(() => handle(fn, args)) });
  return { ...session, bundle, title: shown.title };
}
