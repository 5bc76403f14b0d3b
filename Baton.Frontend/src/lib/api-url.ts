import { env } from '@/lib/env';

export function apiUrl(path: string): string {
  return `${env.apiBaseUrl}${path}`;
}

// The origin a bridge dials: the API's own when it is set apart, else this page's.
export function apiOrigin(): string {
  return env.apiBaseUrl === '' ? window.location.origin : env.apiBaseUrl;
}
