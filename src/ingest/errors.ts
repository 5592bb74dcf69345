// A reader's refusal: a short reason that the batch prints as "<input>: <reason>".
export class ReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ReadError';
  }
}

export const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
