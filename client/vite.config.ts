import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { photoCacheName, tileCacheName } from './src/crew/pwa/cache-names.js';

// In development the API runs as its own process; in production the server serves dist/ itself.
const api = 'http://127.0.0.1:3000';
const proxy = { '/trpc': api, '/healthz': api, '/api': api };

// generateSW rather than injectManifest: the workbox-* runtime modules a hand-written sw.ts would
// import are not the client's dependencies, and workbox-build bundles them for us.
const pwa = VitePWA({
  strategies: 'generateSW',
  // The crew shell registers the worker through workbox-window and asks before any reload.
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Kerbside crew',
    short_name: 'Kerbside',
    description: 'Your jobs, on the street, with or without signal.',
    id: '/crew',
    start_url: '/crew',
    scope: '/',
    display: 'standalone',
    // The header's near-black: high contrast in glare, and the status bar matches the app.
    theme_color: '#0b0c0c',
    background_color: '#ffffff',
    lang: 'en-GB',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  includeAssets: ['icons/apple-touch-icon.png'],
  workbox: {
    // Every chunk, lazy ones too (the map, the job page), so the app starts with no network at all.
    // (The manifest and its icons are added by the plugin itself.)
    globPatterns: ['**/*.{js,css,html,svg}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/trpc/, /^\/api\//, /^\/healthz/, /^\/open311\//],
    cleanupOutdatedCaches: true,
    // The first install takes the page at once, so the first visit's map tiles are cached too.
    // Updates still wait for the crew to choose "reload" (skipWaiting is only sent then).
    clientsClaim: true,
    runtimeCaching: [
      {
        // Map tiles from whatever host the council configured (cross-origin in production, loopback
        // in tests): any image path shaped /{z}/{x}/{y}.png. This function is copied into sw.js as
        // text, so it may not use anything from this file.
        urlPattern: ({ url, request }) =>
          request.method === 'GET' &&
          !url.pathname.startsWith('/api/') &&
          /\/\d{1,2}\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: tileCacheName,
          // Tiles load as <img> without CORS, so their responses are opaque (status 0).
          cacheableResponse: { statuses: [0, 200] },
          expiration: { maxEntries: 2000, maxAgeSeconds: 60 * 24 * 60 * 60, purgeOnQuotaError: true },
        },
      },
      {
        // A case's photos never change under their id; keep the ones a crew has looked at.
        urlPattern: ({ url, request, sameOrigin }) =>
          sameOrigin && request.method === 'GET' && url.pathname.startsWith('/api/photos/'),
        handler: 'CacheFirst',
        options: {
          cacheName: photoCacheName,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
        },
      },
    ],
  },
});

export default defineConfig({
  plugins: [react(), pwa],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist', emptyOutDir: true },
});
