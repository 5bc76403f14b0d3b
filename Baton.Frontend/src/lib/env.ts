import { z } from 'zod/mini';

const envSchema = z.object({
  // Empty means the page's own origin: Vite's proxy in development, the API itself in production.
  VITE_API_BASE_URL: z._default(z.union([z.literal(''), z.url()]), ''),
});

export type Env = {
  apiBaseUrl: string;
};

export function parseEnv(source: Record<string, unknown>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Baton's environment is invalid:\n${z.prettifyError(result.error)}`);
  }
  return { apiBaseUrl: result.data.VITE_API_BASE_URL.replace(/\/+$/, '') };
}

// Parsed once, when the app starts, so a bad setting fails loudly instead of at the first request.
export const env = parseEnv(import.meta.env);
