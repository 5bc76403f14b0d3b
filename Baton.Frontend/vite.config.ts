/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { securityHeaders } from './security-headers.ts';

// Aspire hands the dev or preview server its port in PORT and the API's address through service
// discovery; the defaults serve a plain `npm run dev` beside a locally started API.
const port = parsePort(process.env.PORT ?? '5173');
const apiUrl = process.env.services__api__http__0 ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react(), securityHeaders()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: {
      '/api': apiUrl,
      '/hubs': { target: apiUrl, ws: true },
      '/health': apiUrl,
    },
  },
  // The built app, served as the AppHost runs it unless asked for hot reload; it proxies as above.
  preview: { host: '127.0.0.1', port, strictPort: true },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries that change less often than the app get chunks of their own, cached apart.
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'signalr', test: /node_modules[\\/]@microsoft[\\/]signalr[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    // Every core: the default leaves one free, which on a two-core machine halves the run.
    maxWorkers: '100%',
    setupFiles: ['./src/testing/setup-tests.ts'],
    unstubGlobals: true,
    restoreMocks: true,
  },
});

function parsePort(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0 || parsed > 65535) {
    throw new Error(`PORT must be a TCP port number, got "${value}".`);
  }
  return parsed;
}
