import { buildAuditReport } from './build-audit-report.js';
import { renderAuditReportCsv } from './render-audit-report-csv.js';
import { twoDayReportInput } from './testing/audit-report-fixture.js';
import { csvSections, parseCsv } from './testing/read-report-csv.js';

describe('the audit report as CSV', () => {
  const report = buildAuditReport(twoDayReportInput());
  const csv = renderAuditReportCsv(report);
  const sections = csvSections(csv);

  it('is one RFC 4180 file: a byte-order mark, CRLF records, every line a record', () => {
    expect(csv.startsWith('\uFEFFInfection-control audit report: Ward 4B\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').includes('\n') && csv.replace(/"[^"]*"/g, '').split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
  });

  it('opens with the header lines as label and value', () => {
    expect(report.header).toHaveLength(6);
    expect(sections.get('Infection-control audit report: Ward 4B')).toEqual(report.header.map(([label, value]) => [label, value]));
    expect(sections.get('Rules in force')).toHaveLength(3);
  });

  it('writes each table as a section: its title line, its columns, its rows', () => {
    expect(sections.get('Hand-hygiene compliance: total')).toEqual([
      ['Opportunities', 'Met', 'Met by badge', 'Compliance %', 'Dispenser activations'],
      ['7', '4', '3', '57.1', '6'],
    ]);
    expect(sections.get('Compliance by room')).toEqual([
      ['Room', 'Opportunities', 'Met', 'Met by badge', 'Compliance %'],
      ['Room 1', '4', '3', '2', '75.0'],
      ['Room 2', '3', '1', '1', '33.3'],
    ]);
    expect(sections.get('Cleaning log')?.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['2026-06-01 07:00', 'Room 1', 'Discharge', '', ''],
      ['2026-06-01 08:30', 'Room 1', 'Clean', 'terminal', 'started'],
      ['2026-06-01 09:00', 'Room 1', 'Clean', 'terminal', 'completed'],
      ['2026-06-01 10:00', 'Room 2', 'Verification', 'ATP', ''],
    ]);
  });

  it('quotes a corrective note with commas and quotes so it reads back whole, and keeps negative values as numbers', () => {
    expect(csv).toContain('"Door seal replaced, stock checked: ""all within range"", kept"');
    const [, medRoom, roomThree] = sections.get('Environment excursions') ?? [];
    expect(medRoom[10]).toBe('Door seal replaced, stock checked: "all within range", kept');
    expect(roomThree.slice(6, 9)).toEqual(['ongoing', '-0.75', 'at most -2.5']);
  });

  it('writes a line saying so for an empty table', () => {
    const empty = csvSections(renderAuditReportCsv(buildAuditReport(twoDayReportInput({ cleaningLog: [] }))));
    expect(empty.get('Cleaning log')).toEqual([['Time', 'Room', 'Event', 'Kind', 'Phase', 'By', 'Result'], ['No cleaning events in the period.']]);
  });

  it('reads back with the test parser as the writer wrote it', () => {
    expect(parseCsv('a,"b,""c"""\r\n\r\n"x\r\ny"\r\n')).toEqual([['a', 'b,"c"'], [], ['x\r\ny']]);
  });
});
