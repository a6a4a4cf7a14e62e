/** Reads an exported audit report CSV back, independently of the writer: RFC 4180 records, then sections. */

/** The records of an RFC 4180 text (CRLF records, quoted fields with doubled quotes). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record.length === 1 && record[0] === '' ? [] : record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end in CRLF');
  return records;
}

/** The CSV's sections by title: the records after the title line up to the next blank line. */
export function csvSections(text: string): Map<string, string[][]> {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  const sections = new Map<string, string[][]>();
  let start = 0;
  for (let i = 0; i <= records.length; i++) {
    if (i < records.length && records[i].length > 0) continue;
    if (i > start) sections.set(records[start][0], records.slice(start + 1, i));
    start = i + 1;
  }
  return sections;
}
