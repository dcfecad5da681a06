/**
 * The UI the add-on shows and the counting of service calls.
 * References: https://developers.google.com/apps-script/reference/base/ui
 *             https://developers.google.com/apps-script/reference/base/menu
 *             https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()
 */
import { setup } from './spreadsheet-fixture';

const html = (title: string, content: string) => ({ getTitle: () => title, getContent: () => content }) as unknown as GoogleAppsScript.HTML.HtmlOutput;

describe('Ui', () => {
  it('records the add-on menu with items, separators and submenus', () => {
    const { app, ui } = setup();
    const u = app.getUi();
    const sub = u.createMenu('Quản trị').addItem('Tạo tab đơn vị', 'setupUnitTabs');
    u.createAddonMenu().addItem('Mở bảng điều khiển', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(ui.addonMenuItems()).toEqual([['Mở bảng điều khiển', 'showSidebar'], ['Tạo tab đơn vị', 'setupUnitTabs']]);
    expect(ui.menus[0].entries.map((e) => e.kind)).toEqual(['item', 'separator', 'submenu']);
    // onOpen running again replaces the menu instead of doubling it.
    u.createAddonMenu().addItem('Mở bảng điều khiển', 'showSidebar').addToUi();
    expect(ui.menus).toHaveLength(1);
  });

  it('records sidebars, dialogs, alerts and toasts', () => {
    const { app, ss, ui } = setup();
    const out = html('Dân vận khéo', '<h1>Xin chào</h1>');
    app.getUi().showSidebar(out);
    app.getUi().showModalDialog(html('', '<p>x</p>'), 'Xác nhận');
    expect(app.getUi().alert('Đã lưu')).toBe(app.getUi().Button.OK);
    ss.toast('Đang xử lý', 'Dân vận khéo', 5);
    expect(ui.lastSidebar()).toEqual({ title: 'Dân vận khéo', html: '<h1>Xin chào</h1>', output: out });
    expect(ui.dialogs[0]).toMatchObject({ title: 'Xác nhận', modal: true });
    expect(ui.alerts).toEqual([{ prompt: 'Đã lưu', buttons: undefined }]);
    expect(ui.toasts).toEqual([{ message: 'Đang xử lý', title: 'Dân vận khéo', timeoutSeconds: 5 }]);
  });

  it('answers alerts and prompts as the test scripts the user: agreeing by default', () => {
    const { app, ui } = setup();
    const u = app.getUi();
    expect(u.alert('Xoá tab?', 'Tab Phường 1 sẽ bị xoá.', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
    ui.answers.push('NO');
    expect(u.alert('Xoá tab?', 'Lần nữa', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
    ui.promptTexts.push('Phường 14');
    const r = u.prompt('Tên đơn vị mới', u.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['Phường 14', u.Button.OK]);
    expect(ui.alerts.map((a) => a.title)).toEqual(['Xoá tab?', 'Xoá tab?']);
    expect(ui.prompts).toEqual([{ prompt: 'Tên đơn vị mới', buttons: 'OK_CANCEL' }]);
  });

  it('has no UI in a time-driven trigger', () => {
    const { app } = setup({ hasUi: false });
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('Call counting', () => {
  it('counts each call the script makes, by Class.method, and not the emulator\'s own internal calls', () => {
    const { app, ctx } = setup();
    ctx.calls.reset();
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4]]);
    const p = sheet.protect();
    p.addEditors(['a@quan3.example.vn']).setDescription('x');
    app.newDataValidation().requireDate().build();
    sheet.getDataRange().getValues();
    ss.getRange("'Trang tính1'!A1").getValue();
    app.flush();
    expect(ctx.calls.snapshot()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireDate': 1,
      'Protection.addEditors': 1,
      'Protection.setDescription': 1,
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Sheet.protect': 1,
      'Spreadsheet.getRange': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.flush': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.newDataValidation': 1,
    });
  });

  it('prints objects by class name without counting a call, as Logger.log(range) shows "Range"', () => {
    const { ss, ctx } = setup();
    const range = ss.getSheets()[0].getRange('A1');
    ctx.calls.reset();
    expect(`${range} ${ss.getSheets()[0]}`).toBe('Range Sheet');
    expect(ctx.calls.snapshot()).toEqual({ 'Spreadsheet.getSheets': 1 });
  });

  it('shows the cost of a cell-by-cell loop against one batched write', () => {
    const { ss, ctx } = setup();
    const sheet = ss.getSheets()[0];
    ctx.calls.reset();
    for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).setValue(r);
    const loop = ctx.calls.total();
    ctx.calls.reset();
    sheet.getRange(1, 1, 10, 1).setValues(Array.from({ length: 10 }, (_, i) => [i]));
    expect(loop).toBe(20);
    expect(ctx.calls.total()).toBe(2);
  });
});
