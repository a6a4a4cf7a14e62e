import { csvDocument } from '../../platform/csv/csv-writer.js';
import type { AuditReport } from './audit-report.model.js';

/**
 * The report as one CSV file: the title, the header lines (label, value), then each table as a section
 * (its title on a line of its own, its column names, its rows; a blank line between sections), so a
 * spreadsheet shows it as the PDF reads and each section can be selected as a range.
 */
export function renderAuditReportCsv(report: AuditReport): string {
  const records: string[][] = [[report.title], ...report.header.map(([label, value]) => [label, value])];
  if (report.rules.length > 0) records.push([], ['Rules in force'], ...report.rules.map((rule) => [rule]));
  records.push([], ['Notes'], ...report.notes.map((note) => [note]));
  for (const table of report.tables) {
    records.push([], [table.title], [...table.columns]);
    if (table.rows.length === 0) records.push([table.emptyText]);
    else records.push(...table.rows.map((row) => [...row]));
  }
  return csvDocument(records);
}
