import { csvDocument, csvField, csvRecord } from './csv-writer.js';

describe('the CSV writer (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Room 4')).toBe('Room 4');
    expect(csvField('')).toBe('');
    expect(csvField('57.1')).toBe('57.1');
  });

  it('quotes fields with commas, quotes or line breaks and doubles their quotes', () => {
    expect(csvField('Smith, J')).toBe('"Smith, J"');
    expect(csvField('the "red" bin')).toBe('"the ""red"" bin"');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('defuses fields a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('-2.5')).toBe('-2.5');
    expect(csvField('-3')).toBe('-3');
  });

  it('ends every record with CRLF and starts the document with a byte-order mark', () => {
    expect(csvRecord(['a', 'b,c'])).toBe('a,"b,c"\r\n');
    expect(csvDocument([['x'], [], ['y', 'z']])).toBe('\uFEFFx\r\n\r\ny,z\r\n');
  });
});
