import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('parseEnv', () => {
  it('talks to the page origin when no API base URL is set', () => {
    expect(parseEnv({})).toEqual({ apiBaseUrl: '' });
  });

  it('drops a trailing slash from the API base URL', () => {
    expect(parseEnv({ VITE_API_BASE_URL: 'https://baton.example/' })).toEqual({
      apiBaseUrl: 'https://baton.example',
    });
  });

  it('refuses an API base URL that is not a URL', () => {
    expect(() => parseEnv({ VITE_API_BASE_URL: 'not a url' })).toThrow(/VITE_API_BASE_URL/);
  });
});
