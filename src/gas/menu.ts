/**
 * The add-on menu and the sidebar. onOpen may run with AuthMode.NONE before the user has
 * authorised the add-on, so it only builds the menu: no reads of the document, no properties.
 */
export const ADDON_TITLE = 'Dân vận khéo';
export const MENU_OPEN_SIDEBAR = 'Mở bảng điều khiển';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(MENU_OPEN_SIDEBAR, 'showSidebar').addToUi();
}

/** Editor add-ons get onInstall when installed from the Marketplace while the file is open. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
