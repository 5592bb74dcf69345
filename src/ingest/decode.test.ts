import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { decodeBytes, looksBinary, declaredCharset } from './decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string, bom = true): Uint8Array {
  const b = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b;
}
function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]!; be[i + 1] = le[i]!; }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

describe('decodeBytes', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc('Zürich talks')]))).toBe('Zürich talks');
  });
  it('reads UTF-16 with a BOM, little and big endian, and without a BOM', () => {
    expect(decodeBytes(utf16le('Déclaration de Paris'))).toBe('Déclaration de Paris');
    expect(decodeBytes(utf16be('Déclaration de Paris'))).toBe('Déclaration de Paris');
    expect(decodeBytes(utf16le('Minister visits Ankara today', false))).toBe('Minister visits Ankara today');
  });
  it('honours <meta charset> for Windows-1252 pages', () => {
    const head = enc('<html><head><meta charset="windows-1252"></head><body>');
    const body = Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80]); // “A” – €
    const out = decodeBytes(Buffer.concat([head, body]));
    expect(out.endsWith('“A” – €')).toBe(true);
  });
  it('maps ISO-8859-1 labels and the HTTP content type', () => {
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')).toBe('windows-1252');
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), { contentType: 'text/plain; charset=iso-8859-1' })).toBe('café');
  });
  it('falls back to Windows-1252 when bytes are not valid UTF-8', () => {
    expect(decodeBytes(Uint8Array.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]))).toBe('München');
  });
  it('gunzips, and names a truncated gzip', () => {
    const gz = gzipSync(enc('a'.repeat(5000)));
    expect(decodeBytes(gz)).toBe('a'.repeat(5000));
    expect(() => decodeBytes(gz.subarray(0, gz.length - 12))).toThrow(/truncated gzip/);
  });
  it('refuses empty, binary and oversized input', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow('empty file');
    expect(() => decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/binary/);
    expect(() => decodeBytes(enc('x'.repeat(200)), { maxBytes: 100 })).toThrow(/too large: 200 bytes \(limit 100\)/);
    expect(() => decodeBytes(gzipSync(enc('x'.repeat(5000))), { maxBytes: 1000 })).toThrow(/too large/);
  });
  it('tells text from binary', () => {
    expect(looksBinary(enc('plain\ttext\r\n'))).toBe(false);
    expect(looksBinary(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]))).toBe(true);
  });
});
