// Read an input and run the full reading pipeline on every document in it.
import type { Doc } from '../doc/types.ts';
import { read } from '../pipeline/default.ts';
import { ReadError } from './errors.ts';
import { readInputs, type ReadOptions } from './read-inputs.ts';

/** Every document an input holds, read through the default pipeline. Throws when none could be read. */
export async function extractFile(input: string, opts: ReadOptions = {}): Promise<Doc[]> {
  const docs: Doc[] = [];
  let firstError: string | null = null;
  for await (const o of readInputs([input], opts)) {
    if ('doc' in o) docs.push(read(o.doc));
    else firstError ??= `${o.input}: ${o.error}`;
  }
  if (!docs.length) throw new ReadError(firstError ?? `${input}: nothing to read`);
  return docs;
}
