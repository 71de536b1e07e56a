// The server package's public face: the router type for the client, and the app for tests and e2e.
export type { AppRouter } from './router.js';
export { buildApp, type AppConfig } from './app.js';
