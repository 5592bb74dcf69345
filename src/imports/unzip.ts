// A small unzip for the one-entry archives event datasets ship (GDELT *.CSV.zip): reads
// the central directory and inflates an entry with node:zlib, streaming to a file.
import { createReadStream, createWriteStream, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry { name: string; method: number; compressedSize: number; size: number; offset: number }

/** The entries of a zip archive (from its central directory). */
export function zipEntries(path: string): ZipEntry[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tail = Math.min(size, 65557);
    const buf = Buffer.alloc(tail);
    readSync(fd, buf, 0, tail, size - tail);
    let eocd = -1;
    for (let i = tail - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    if (eocd < 0) throw new Error(`${path}: not a zip archive (no end of central directory)`);
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff) throw new Error(`${path}: zip64 archives are not supported; unzip it first`);
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const out: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: damaged central directory`);
      const method = cd.readUInt16LE(p + 10);
      const compressedSize = cd.readUInt32LE(p + 20);
      const sz = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28), extraLen = cd.readUInt16LE(p + 30), commentLen = cd.readUInt16LE(p + 32);
      const offset = cd.readUInt32LE(p + 42);
      out.push({ name: cd.toString('utf8', p + 46, p + 46 + nameLen), method, compressedSize, size: sz, offset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
  } finally { closeSync(fd); }
}

/** Inflate one entry (default: the first file) of a zip archive to `dest`. */
export async function unzipEntry(path: string, dest: string, name?: string): Promise<ZipEntry> {
  const entries = zipEntries(path).filter((e) => !e.name.endsWith('/'));
  const e = name ? entries.find((x) => x.name === name) : entries[0];
  if (!e) throw new Error(`${path}: ${name ? `no entry "${name}"` : 'empty zip archive'}`);
  if (e.method !== 0 && e.method !== 8) throw new Error(`${path}: entry "${e.name}" uses compression method ${e.method}; only stored and deflated entries are supported`);
  const fd = openSync(path, 'r');
  const h = Buffer.alloc(30);
  try { readSync(fd, h, 0, 30, e.offset); } finally { closeSync(fd); }
  if (h.readUInt32LE(0) !== 0x04034b50) throw new Error(`${path}: damaged local header for "${e.name}"`);
  const start = e.offset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  const src = createReadStream(path, { start, end: start + e.compressedSize - 1 });
  if (e.compressedSize === 0) { await pipeline(src, createWriteStream(dest)); return e; }
  if (e.method === 0) await pipeline(src, createWriteStream(dest));
  else await pipeline(src, createInflateRaw(), createWriteStream(dest));
  return e;
}
