import { describe, expect, it } from 'vitest';
import { ResponseCache } from './cache.ts';

describe('ResponseCache', () => {
  it('computes once per key and serves hits after', async () => {
    const c = new ResponseCache();
    let calls = 0;
    const f = async () => { calls++; return 'v' + calls; };
    expect(await c.get('a', f)).toBe('v1');
    expect(await c.get('a', f)).toBe('v1');
    expect(calls).toBe(1);
    expect(c.hits).toBe(1);
  });

  it('shares one computation between concurrent misses', async () => {
    const c = new ResponseCache();
    let calls = 0;
    const f = () => new Promise<string>((r) => setTimeout(() => r(String(++calls)), 10));
    const got = await Promise.all([c.get('k', f), c.get('k', f), c.get('k', f)]);
    expect(got).toEqual(['1', '1', '1']);
    expect(calls).toBe(1);
  });

  it('forgets everything when the store changes, and drops results computed before', async () => {
    const c = new ResponseCache();
    let n = 0;
    await c.get('k', async () => String(++n));
    c.invalidate();
    expect(c.generation).toBe(1);
    expect(await c.get('k', async () => String(++n))).toBe('2');
    let release!: () => void;
    const slow = c.get('s', () => new Promise<string>((r) => { release = () => r('old'); }));
    c.invalidate();
    release();
    expect(await slow).toBe('old');
    expect(c.size).toBe(0);
  });

  it('evicts the least recently used entry beyond its size', async () => {
    const c = new ResponseCache({ maxEntries: 2 });
    await c.get('a', async () => 'A');
    await c.get('b', async () => 'B');
    await c.get('a', async () => 'x');
    await c.get('c', async () => 'C');
    let recomputed = false;
    await c.get('b', async () => { recomputed = true; return 'B2'; });
    expect(recomputed).toBe(true);
    expect(await c.get('a', async () => 'nope')).toBe('nope');
  });
});

describe('ResponseCache off', () => {
  it('computes every time when it keeps nothing and does not coalesce', async () => {
    const c = new ResponseCache({ maxEntries: 0, coalesce: false });
    let n = 0;
    const f = async () => String(++n);
    await Promise.all([c.get('k', f), c.get('k', f)]);
    await c.get('k', f);
    expect(n).toBe(3);
  });
});
