import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, getJson, getText } from '@/lib/api-client';
import { stubFetch } from '@/testing/stub-fetch';

const projectSchema = z.object({ id: z.string(), name: z.string() });

describe('api client', () => {
  it('returns JSON checked against the schema', async () => {
    stubFetch({ status: 200, body: '{"id":"p1","name":"Baton"}' });

    await expect(getJson('/api/projects/p1', projectSchema)).resolves.toEqual({
      id: 'p1',
      name: 'Baton',
    });
  });

  it('rejects JSON that does not match the schema', async () => {
    stubFetch({ status: 200, body: '{"id":1}' });

    await expect(getJson('/api/projects/p1', projectSchema)).rejects.toBeInstanceOf(z.ZodError);
  });

  it('throws an ApiError carrying the status and body of a failed request', async () => {
    stubFetch({ status: 404, body: 'no such project' });

    const failure = getJson('/api/projects/missing', projectSchema);

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, body: 'no such project' });
  });

  it('returns the body of a status the caller accepts', async () => {
    stubFetch({ status: 503, body: 'Unhealthy' });

    await expect(getText('/health', { acceptedStatuses: [503] })).resolves.toBe('Unhealthy');
  });
});
