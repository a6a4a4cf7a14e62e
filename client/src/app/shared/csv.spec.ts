import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes plain cells as they are, empty for null and undefined, CRLF line ends', () => {
    expect(toCsv([['type', 'seconds', 'ratio', 'controlled'], ['infusion_pump', 3600, null, undefined], ['ventilator', -2, 0.5, true]])).toBe(
      'type,seconds,ratio,controlled\r\ninfusion_pump,3600,,\r\nventilator,-2,0.5,true\r\n',
    );
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv([['Ward 1, east', 'The "big" one', 'two\nlines', 'Morphine, 10 mg/mL', 'L"1']])).toBe(
      '"Ward 1, east","The ""big"" one","two\nlines","Morphine, 10 mg/mL","L""1"\r\n',
    );
  });

  it('keeps text that a spreadsheet would run as a formula from running, but not numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-pump', '@sum', 'safe', -1]])).toBe(`"'=HYPERLINK(""x"")",'+1,'-pump,'@sum,safe,-1\r\n`);
  });
});
