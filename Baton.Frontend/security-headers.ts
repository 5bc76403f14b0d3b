import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

/**
 * The web app's Content-Security-Policy and security headers, as the API sends them with the built
 * app (Baton.Api/Security/ContentSecurityPolicy.cs and SecurityHeaders.cs): Vite's dev and preview
 * servers send the same, so a violation shows up in a local run and fails the browser tests.
 */
export function contentSecurityPolicy(host: string, styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Only on the dev server: it injects each module's CSS as a <style> element, which carries this
    // nonce; the built app links its CSS files, so its policy is style-src 'self' alone.
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
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

/** Sends the security headers with every answer; the style nonce only from the dev server. */
function sendSecurityHeaders(styleNonce?: string): Connect.NextHandleFunction {
  return (request: IncomingMessage, response: ServerResponse, next: Connect.NextFunction) => {
    const host = request.headers.host ?? 'localhost';
    response.setHeader('Content-Security-Policy', contentSecurityPolicy(host, styleNonce));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Referrer-Policy', 'same-origin');
    next();
  };
}

export function securityHeaders(): Plugin {
  const styleNonce = randomBytes(18).toString('base64');
  return {
    name: 'baton:security-headers',
    apply: 'serve',
    config: () => ({ html: { cspNonce: styleNonce } }),
    configureServer: (server) => {
      server.middlewares.use(sendSecurityHeaders(styleNonce));
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(sendSecurityHeaders());
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(inlinePreamble, `<script type="module" src="${preambleModule}"></script>`),
    },
  };
}
