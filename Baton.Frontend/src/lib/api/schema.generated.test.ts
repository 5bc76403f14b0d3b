// @vitest-environment node
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

const documentUrl = new URL('../../../../Baton.Api/openapi/Baton.Api.json', import.meta.url);
const schemaUrl = new URL('./schema.generated.ts', import.meta.url);

describe('schema.generated.ts', () => {
  it('matches a fresh generation from the API OpenAPI document', async () => {
    // The same steps as `npm run generate:api`: openapi-typescript's output, then Prettier.
    const generated = COMMENT_HEADER + astToString(await openapiTS(documentUrl));
    const prettierOptions = (await resolveConfig(schemaUrl)) ?? {};
    const expected = await format(generated, { ...prettierOptions, filepath: schemaUrl.pathname });
    const committed = await readFile(schemaUrl, 'utf8');

    expect(
      committed === expected,
      'src/lib/api/schema.generated.ts is stale: run `npm run generate:api` in Baton.Frontend.',
    ).toBe(true);
  });
});
