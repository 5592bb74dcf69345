// Security headers and the Host check.
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { CSP } from './security.ts';
import { useFixtureApp } from './test-fixture.ts';

const fx = useFixtureApp();

describe('API: security headers', () => {
  it('sends security headers on every response', async () => {
    for (const p of ['/api/meta', '/api/events?country=bad', '/']) {
      const r = await fx.app.request(p);
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('API: Host check', () => {
  it('answers only to the names it was given', async () => {
    const a = createApp({ store: fx.store, allowedHosts: ['127.0.0.1:8787'] });
    expect((await a.request('http://127.0.0.1:8787/api/meta')).status).toBe(200);
    const r = await a.request('http://rebound.example:8787/api/meta');
    expect(r.status).toBe(421);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
