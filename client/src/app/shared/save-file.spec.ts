import { attachmentName, saveFile } from './save-file';

describe('saveFile', () => {
  it('clicks a download link named for the file, then lets the blob go', () => {
    const created = jest.fn(() => 'blob:report');
    const revoked = jest.fn();
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicks: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const content = new Blob(['%PDF-1.7']);
    saveFile('wardwatch-audit.pdf', content);
    expect(created).toHaveBeenCalledWith(content);
    expect(clicks).toEqual([{ href: 'blob:report', download: 'wardwatch-audit.pdf' }]);
    expect(revoked).toHaveBeenCalledWith('blob:report');
  });
});

describe('attachmentName', () => {
  it('reads the file name the server gives, quoted or not, and falls back without one', () => {
    expect(attachmentName('attachment; filename="wardwatch-audit-Medical ward-2026-11-01-2026-11-26.pdf"', 'x.pdf')).toBe('wardwatch-audit-Medical ward-2026-11-01-2026-11-26.pdf');
    expect(attachmentName('attachment; filename=report.csv', 'x.csv')).toBe('report.csv');
    expect(attachmentName('attachment', 'x.csv')).toBe('x.csv');
    expect(attachmentName(null, 'x.pdf')).toBe('x.pdf');
  });
});
