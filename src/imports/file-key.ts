// The content hash that recognises a file imported before, whatever its name.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function fileKey(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return `sha256:${h.digest('hex')}`;
}

/** md5 of a file (GDELT's master file list gives md5 checksums). */
export async function fileMd5(path: string): Promise<string> {
  const h = createHash('md5');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return h.digest('hex');
}
