import { canonicalName, compareNames, nameKey, sameName, looseNameKey, sortByName } from '../../src/core/names';

describe('canonical names: one form for every spelling a keyboard or a paste produces', () => {
  const nfc = 'Phường 9';
  it.each([
    ['decomposed (NFD)', nfc.normalize('NFD')],
    ['a zero-width space inside', 'Phư\u200bờng 9'],
    ['a no-break space', 'Phường\u00a09'],
    ['a double space and edges', '  Phường   9 '],
    ['a BOM in front', '\ufeffPhường 9'],
    ['upper case', 'PHƯỜNG 9'],
  ])('%s is the same unit as "Phường 9"', (_label, spelling) => {
    expect(sameName(spelling, nfc)).toBe(true);
    expect(nameKey(spelling)).toBe(nameKey(nfc));
  });

  it('keeps what makes names different: diacritics and digits', () => {
    expect(sameName('Phường 9', 'Phuong 9')).toBe(false);
    expect(sameName('Phường 1', 'Phường 11')).toBe(false);
  });

  it('the canonical form keeps the case a person typed', () => {
    expect(canonicalName(' Phòng  Giáo dục\u200b ')).toBe('Phòng Giáo dục');
  });
});

describe('looseNameKey: a typed unit name read as Cấu hình’s, only to recognise an untracked tab', () => {
  it.each([
    ['P.05', 'Phường 5'], ['p. 5', 'Phường 5'], ['P5', 'Phường 5'], ['phuong  5', 'Phường 5'],
    ['PHƯỜNG VÕ THỊ SÁU'.normalize('NFD'), 'Phường Võ Thị Sáu'], ['Q.3', 'Quận 3'],
  ])('%s reads as %s', (typed, unit) => {
    expect(looseNameKey(typed)).toBe(looseNameKey(unit));
  });

  it('keeps units apart that differ by a number or a word', () => {
    expect(looseNameKey('Phường 1')).not.toBe(looseNameKey('Phường 14'));
    expect(looseNameKey('Quận Đoàn 3')).not.toBe(looseNameKey('Quận 3'));
    expect(looseNameKey('Phường 10')).not.toBe(looseNameKey('Phường 1'));
  });
});

describe('compareNames: one natural order for every list of units', () => {
  it('puts Phường 2 before Phường 10, numbered wards before named ones, ignoring case and NFD', () => {
    const names = ['Phường 11', 'Phường Võ Thị Sáu', 'phường 2', 'Phường 10', 'Pha\u0302n ban', 'Phường 1', 'Phường 3', 'Ủy ban MTTQ Việt Nam Quận 3', 'Hội Cựu chiến binh Quận 3'];
    expect([...names].sort(compareNames)).toEqual(['Hội Cựu chiến binh Quận 3', 'Pha\u0302n ban', 'Phường 1', 'phường 2', 'Phường 3', 'Phường 10', 'Phường 11', 'Phường Võ Thị Sáu', 'Ủy ban MTTQ Việt Nam Quận 3']);
  });

  it('is a total order: equal names compare 0, and the order is antisymmetric', () => {
    expect(compareNames('Phường 9', ' Phường  9 ')).toBe(0);
    expect(Math.sign(compareNames('Phường 9', 'Phường 10'))).toBe(-Math.sign(compareNames('Phường 10', 'Phường 9')));
  });

  it('sorts a list of units by their names in that order (Tổng hợp\'s rows)', () => {
    const units = ['Phường 11', 'Phường Võ Thị Sáu', 'phường 2', 'Phường 10', 'Đảng bộ cơ sở 4', 'Phường 1', 'Chi bộ Khu phố 20', 'Ủy ban MTTQ Việt Nam Quận 3'].map((name, i) => ({ name, i }));
    expect(sortByName(units, (u) => u.name).map((u) => u.name)).toEqual(['Chi bộ Khu phố 20', 'Đảng bộ cơ sở 4', 'Phường 1', 'phường 2', 'Phường 10', 'Phường 11', 'Phường Võ Thị Sáu', 'Ủy ban MTTQ Việt Nam Quận 3']);
  });
});
