import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes plain cells as they are, empty for null, CRLF line ends', () => {
    expect(toCsv([['type', 'seconds', 'ratio'], ['infusion_pump', 3600, null], ['ventilator', -2, 0.5]])).toBe(
      'type,seconds,ratio\r\ninfusion_pump,3600,\r\nventilator,-2,0.5\r\n',
    );
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv([['Ward 1, east', 'The "big" one', 'two\nlines']])).toBe('"Ward 1, east","The ""big"" one","two\nlines"\r\n');
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-pump', '@sum', 'safe']])).toBe(`"'=HYPERLINK(""x"")",'+1,'-pump,'@sum,safe\r\n`);
  });
});
