import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows, quoting what needs it and leaving blanks for missing values', () => {
    expect(toCsv(['item', 'lot', 'qty'], [['Morphine, 10 mg/mL', 'L"1', 3], ['Gauze', null, 0]])).toBe('item,lot,qty\r\n"Morphine, 10 mg/mL","L""1",3\r\nGauze,,0\r\n');
  });

  it('keeps spreadsheets from running cells as formulas, but not numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -1]])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-1\r\n');
  });
});
