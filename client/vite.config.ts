import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs as its own process; in production the server serves dist/ itself.
const api = 'http://127.0.0.1:3000';
const proxy = { '/trpc': api, '/healthz': api, '/api': api };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist', emptyOutDir: true },
});
