// Security headers on every response (CSP with frame-ancestors 'none', nosniff, no
// referrer, DENY framing) and, for a loopback server, a Host check against DNS rebinding.
import type { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export function secure(app: Hono, allowedHosts?: string[] | null): void {
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, referrerPolicy: 'no-referrer', xFrameOptions: 'DENY', crossOriginEmbedderPolicy: false }));
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
  });
  const hosts = allowedHosts?.length ? new Set(allowedHosts.map((h) => h.toLowerCase())) : null;
  if (!hosts) return;
  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!hosts.has(host)) return c.json({ error: `unexpected Host "${host.slice(0, 100)}": this server answers to ${[...hosts].join(', ')}` }, 421);
    await next();
  });
}
