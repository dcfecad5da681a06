/**
 * Named ranges travel as the workbook's defined names (ECMA-376 Part 1 §18.2.5 definedName; the
 * form Google's export writes named ranges in), with or without the __dvk sheet, and a sheet's
 * "very hidden" state is kept.
 */
import ExcelJS from 'exceljs';
import { newSheetData, newSpreadsheetData } from '../../src/local/emulator/model';
import { readWorkbookBuffer, SIDECAR_SHEET, writeWorkbookBuffer } from '../../src/local/xlsx';

function book() {
  const data = newSpreadsheetData({ owner: 'bandanvan@example.org' });
  data.sheets.push(newSheetData(7, "Phường Võ Thị Sáu's"), newSheetData(8, 'Ẩn'));
  data.sheets[2].hidden = true;
  data.sheets[2].veryHidden = true;
  data.namedRanges = [
    { name: 'DVK_phuong_vo_thi_sau_1abc', sheetId: 7, range: { row: 1, column: 1, numRows: 1, numColumns: 1 } },
    { name: 'bang', sheetId: 0, range: { row: 2, column: 2, numRows: 3, numColumns: 4 } },
  ];
  return data;
}

test('named ranges are defined names in the file and read back as named ranges', async () => {
  const bytes = await writeWorkbookBuffer(book());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(wb.definedNames.model).toEqual(expect.arrayContaining([
    { name: 'DVK_phuong_vo_thi_sau_1abc', ranges: ["'Phường Võ Thị Sáu''s'!$A$1"] },
    { name: 'bang', ranges: ["'Trang tính1'!$B$2:$E$4"] },
  ]));
  expect((await readWorkbookBuffer(bytes)).namedRanges).toEqual(book().namedRanges);
});

test('without __dvk (a file from Google or another program) the names still say which sheet; a very hidden sheet stays very hidden', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await writeWorkbookBuffer(book()) as unknown as ArrayBuffer);
  wb.removeWorksheet(wb.getWorksheet(SIDECAR_SHEET)!.id);
  wb.definedNames.add("'Ẩn'!$A$1", 'co.dau.cham'); // valid in Excel, refused by Sheets: not a named range
  const back = await readWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
  const idOf = (name: string) => back.sheets.find((s) => s.name === name)!.id;
  expect(back.namedRanges).toEqual([
    { name: 'DVK_phuong_vo_thi_sau_1abc', sheetId: idOf("Phường Võ Thị Sáu's"), range: { row: 1, column: 1, numRows: 1, numColumns: 1 } },
    { name: 'bang', sheetId: idOf('Trang tính1'), range: { row: 2, column: 2, numRows: 3, numColumns: 4 } },
  ]);
  const hidden = back.sheets.find((s) => s.name === 'Ẩn')!;
  expect([hidden.hidden, hidden.veryHidden]).toEqual([true, true]);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await writeWorkbookBuffer(back) as unknown as ArrayBuffer);
  expect(again.getWorksheet('Ẩn')!.state).toBe('veryHidden');
});
