import PDFDocument from 'pdfkit';
import type { AuditReport, ReportTable, TrendBar } from './audit-report.model.js';

/** A4 landscape: the excursion table has twelve columns. */
const MARGIN = 40;
const FOOTER_HEIGHT = 24;
const BODY_SIZE = 8;
const CELL_PADDING = 3;
const CHART_HEIGHT = 150;
const HEADER_FILL = '#e6e9ef';
const BAR_FILL = '#3b6ea5';
const GRID_STROKE = '#b8bec9';

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  /** The PDF's creation date (metadata), so the same report gives the same file. */
  createdAt: Date;
  /** Off in tests, to read the text back. */
  compress?: boolean;
}

/**
 * The report as a PDF: the title block (header, rules, notes), a bar chart of daily compliance drawn as
 * vector graphics, then each table, breaking across pages with its column headings repeated, and
 * "Page X of Y" on every page. Uses the standard PDF fonts (Helvetica): no font files to ship.
 */
export async function renderAuditReportPdf(report: AuditReport, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_HEIGHT },
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: report.title, Author: 'Wardwatch', CreationDate: options.createdAt },
  });
  const done = collect(doc);
  drawTitleBlock(doc, report);
  if (report.trend.length > 0) drawTrendChart(doc, report.trend);
  for (const table of report.tables) drawTable(doc, table);
  drawPageNumbers(doc, report.title);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const contentBottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function drawTitleBlock(doc: Doc, report: AuditReport): void {
  doc.font('Helvetica-Bold').fontSize(18).text(report.title);
  doc.moveDown(0.5);
  for (const [label, value] of report.header) {
    doc.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  }
  for (const [heading, lines] of [
    ['Rules in force', report.rules],
    ['Notes', report.notes],
  ] as const) {
    if (lines.length === 0) continue;
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(heading);
    doc.font('Helvetica').fontSize(9);
    for (const line of lines) doc.text(line, { width: contentWidth(doc) });
  }
  doc.moveDown(1);
}

/** Daily compliance, 0 to 100 %; a day without opportunities has no bar. */
function drawTrendChart(doc: Doc, trend: readonly TrendBar[]): void {
  const axisWidth = 32;
  const labelsHeight = 14;
  const needed = 16 + CHART_HEIGHT + labelsHeight + 10;
  if (doc.y + needed > contentBottom(doc)) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text('Daily hand-hygiene compliance', doc.page.margins.left);
  const top = doc.y + 6;
  const left = doc.page.margins.left + axisWidth;
  const width = contentWidth(doc) - axisWidth;
  const bottom = top + CHART_HEIGHT;
  doc.font('Helvetica').fontSize(7);
  for (const percent of [0, 25, 50, 75, 100]) {
    const y = bottom - (CHART_HEIGHT * percent) / 100;
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor(GRID_STROKE).stroke();
    doc.fillColor('black').text(`${percent} %`, doc.page.margins.left, y - 3, { width: axisWidth - 4, align: 'right', lineBreak: false });
  }
  const slot = width / trend.length;
  const barWidth = Math.max(1, slot * 0.7);
  // One day label in every `step`, so they do not overlap (a 92-day report labels every 7th day).
  const step = Math.ceil(trend.length / Math.max(1, Math.floor(width / 44)));
  trend.forEach((bar, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    if (bar.compliance !== null) {
      const height = CHART_HEIGHT * bar.compliance;
      doc.rect(x, bottom - height, barWidth, height).fillColor(BAR_FILL).fill();
    }
    if (i % step === 0) doc.fillColor('black').text(bar.day.slice(5), left + i * slot - 10, bottom + 3, { width: slot + 20, align: 'center', lineBreak: false });
  });
  doc.fillColor('black').strokeColor('black');
  doc.x = doc.page.margins.left;
  doc.y = bottom + labelsHeight + 10;
}

function drawTable(doc: Doc, table: ReportTable): void {
  const widths = columnWidths(doc, table);
  const left = doc.page.margins.left;
  // A title is not left alone at the foot of a page: it needs room for the headings and a row.
  if (doc.y + 60 > contentBottom(doc)) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text(table.title, left, doc.y + 6);
  doc.y += 2;
  drawRow(doc, table.columns, widths, true);
  if (table.rows.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(BODY_SIZE).text(table.emptyText, left + CELL_PADDING, doc.y + CELL_PADDING);
    doc.y += CELL_PADDING;
  }
  for (const row of table.rows) {
    if (doc.y + rowHeight(doc, row, widths, false) > contentBottom(doc)) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(9).text(`${table.title} (continued)`, left, doc.y);
      doc.y += 2;
      drawRow(doc, table.columns, widths, true);
    }
    drawRow(doc, row, widths, false);
  }
  doc.x = left;
  doc.y += 8;
}

function drawRow(doc: Doc, cells: readonly string[], widths: readonly number[], heading: boolean): void {
  const height = rowHeight(doc, cells, widths, heading);
  const top = doc.y;
  let x = doc.page.margins.left;
  if (heading) doc.rect(x, top, widths.reduce((sum, width) => sum + width, 0), height).fillColor(HEADER_FILL).fill().fillColor('black');
  doc.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
  cells.forEach((cell, i) => {
    doc.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING });
    x += widths[i];
  });
  doc.moveTo(doc.page.margins.left, top + height).lineTo(x, top + height).lineWidth(0.3).strokeColor(GRID_STROKE).stroke().strokeColor('black');
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

function rowHeight(doc: Doc, cells: readonly string[], widths: readonly number[], heading: boolean): number {
  doc.font(heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
  const tallest = Math.max(...cells.map((cell, i) => doc.heightOfString(cell === '' ? ' ' : cell, { width: widths[i] - 2 * CELL_PADDING })));
  return tallest + 2 * CELL_PADDING;
}

/**
 * Each column as wide as its widest cell when the page allows; when not, the widest columns are narrowed
 * to one common width (their text wraps) and the narrow ones (times, counts) stay whole.
 */
function columnWidths(doc: Doc, table: ReportTable): number[] {
  const available = contentWidth(doc);
  const natural = table.columns.map((column, i) => {
    doc.font('Helvetica-Bold').fontSize(BODY_SIZE);
    let widest = doc.widthOfString(column);
    doc.font('Helvetica');
    for (const row of table.rows) widest = Math.max(widest, doc.widthOfString(row[i] ?? ''));
    return widest + 2 * CELL_PADDING + 2;
  });
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= available) return natural.map((width) => (width * available) / total);
  const ascending = [...natural].sort((a, b) => a - b);
  let cap = 0;
  let used = 0;
  for (let i = 0; i < ascending.length; i++) {
    cap = (available - used) / (ascending.length - i);
    if (ascending[i] > cap) break;
    used += ascending[i];
  }
  return natural.map((width) => Math.min(width, cap));
}

function drawPageNumbers(doc: Doc, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    const width = contentWidth(doc);
    doc.font('Helvetica').fontSize(8).fillColor('black');
    doc.text(title, doc.page.margins.left, y, { width: width / 2, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, doc.page.margins.left + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
