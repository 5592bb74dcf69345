// The HTTP server: the API and the dashboard's files over a Store.
export { createApp, CSP, type AppOptions, type App } from './app.ts';
export { startServer, type StartOptions, type Running } from './start.ts';
export { ResponseCache } from './cache.ts';
export { openapi } from './openapi.ts';
