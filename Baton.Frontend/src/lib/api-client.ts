import type { z } from 'zod';
import { env } from '@/lib/env';

export type RequestOptions = {
  signal?: AbortSignal | undefined;
  // Statuses besides 2xx whose body is an answer rather than a failure (e.g. 503 from /health).
  acceptedStatuses?: readonly number[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly body: string;

  constructor(path: string, status: number, body: string) {
    super(`GET ${path} answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

export function apiUrl(path: string): string {
  return `${env.apiBaseUrl}${path}`;
}

export async function getText(path: string, options: RequestOptions = {}): Promise<string> {
  const response = await send(path, 'text/plain', options);
  return response.text();
}

// The schema turns the untyped JSON into a value the caller can trust, not merely cast.
export async function getJson<T>(
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, 'application/json', options);
  return schema.parse(await response.json());
}

async function send(path: string, accept: string, options: RequestOptions): Promise<Response> {
  const response = await fetch(apiUrl(path), {
    headers: { Accept: accept },
    signal: options.signal ?? null,
  });
  if (!response.ok && !options.acceptedStatuses?.includes(response.status)) {
    throw new ApiError(path, response.status, await response.text());
  }
  return response;
}
