import { describe, expect, it } from 'vitest';
import { readHubFailure } from '@/lib/realtime/hub-error';

describe('readHubFailure', () => {
  it('reads the code and text after the last HubException marker', () => {
    const error = new Error(
      "An unexpected error occurred invoking 'chat:send-message' on the server. HubException: run_in_progress: a run is already active",
    );

    expect(readHubFailure(error)).toEqual({
      code: 'run_in_progress',
      text: 'a run is already active',
    });
  });

  it('has no code for a failure that is not a HubException', () => {
    expect(readHubFailure(new Error('WebSocket closed with status code: 1006'))).toEqual({
      code: undefined,
      text: 'WebSocket closed with status code: 1006',
    });
  });

  it('has no code for an unknown word before the colon', () => {
    expect(readHubFailure(new Error('HubException: something: else')).code).toBeUndefined();
  });
});
