/**
 * Reads back the text of a PDF as pdfkit writes it with the standard fonts: each page's content stream
 * (inflated when Flate-compressed), each text-showing operator (TJ, Tj) as one string, its hex glyph
 * strings decoded from WinAnsiEncoding. Enough to check what a report says, page by page; not a general
 * PDF parser.
 */
import { inflateSync } from 'node:zlib';

/** WinAnsiEncoding's 0x80–0x9F; the rest of the bytes are Latin-1. */
const WIN_ANSI_HIGH: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let text = '';
  for (let i = 0; i < hex.length; i += 2) {
    const byte = Number.parseInt(hex.slice(i, i + 2), 16);
    text += WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte);
  }
  return text;
}

/** The content stream of each page, in page order. */
export function pdfPageStreams(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const match of source.matchAll(/(\d+) 0 obj\s([\s\S]*?)endobj/g)) objects.set(match[1], match[2]);
  const tree = [...objects.values()].find((body) => /\/Type \/Pages\b/.test(body));
  const kids = /\/Kids \[([^\]]*)\]/.exec(tree ?? '');
  if (kids === null) throw new Error('no page tree');
  return [...kids[1].matchAll(/(\d+) 0 R/g)].map(([, pageId]) => {
    const contents = /\/Contents (\d+) 0 R/.exec(objects.get(pageId) ?? '');
    const object = objects.get(contents?.[1] ?? '') ?? '';
    const length = /\/Length (\d+)/.exec(object);
    const start = object.indexOf('stream\n');
    if (length === null || start < 0) throw new Error(`page object ${pageId} has no content stream`);
    const bytes = Buffer.from(object.slice(start + 'stream\n'.length, start + 'stream\n'.length + Number(length[1])), 'latin1');
    return (/\/Filter \/FlateDecode/.test(object) ? inflateSync(bytes) : bytes).toString('latin1');
  });
}

/** The text runs of each page, in page order and drawing order. */
export function pdfPagesText(pdf: Buffer): string[][] {
  return pdfPageStreams(pdf).map((stream) =>
    [...stream.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)].map(([, array, single]) =>
      array === undefined ? decodeHex(single) : [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => decodeHex(hex)).join(''),
    ),
  );
}
