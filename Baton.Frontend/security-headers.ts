import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'vite';

/**
 * The web app's Content-Security-Policy and security headers, as the API sends them with the built
 * app (Baton.Api/Security/ContentSecurityPolicy.cs and SecurityHeaders.cs): the dev server sends the
 * same, so a violation shows up in development and fails the browser tests.
 */
export function contentSecurityPolicy(host: string, styleNonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Only here: the dev server injects each module's CSS as a <style> element, which carries this
    // nonce; the built app links its CSS files, so the API's policy is style-src 'self' alone.
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' ws://${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// React Fast Refresh's preamble, which the React plugin writes inline into index.html, is loaded
// from its module instead, so script-src needs no inline script.
const inlinePreamble =
  /<script type="module"[^>]*>\s*import \{ injectIntoGlobalHook \}[\s\S]*?<\/script>/;
const preambleModule = '/@id/__x00__@vitejs/plugin-react/preamble';

export function securityHeaders(): Plugin {
  const styleNonce = randomBytes(18).toString('base64');
  return {
    name: 'baton:security-headers',
    apply: 'serve',
    config: () => ({ html: { cspNonce: styleNonce } }),
    configureServer(server) {
      server.middlewares.use((request: IncomingMessage, response, next) => {
        const host = request.headers.host ?? 'localhost';
        response.setHeader('Content-Security-Policy', contentSecurityPolicy(host, styleNonce));
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('X-Frame-Options', 'DENY');
        response.setHeader('Referrer-Policy', 'same-origin');
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(inlinePreamble, `<script type="module" src="${preambleModule}"></script>`),
    },
  };
}
