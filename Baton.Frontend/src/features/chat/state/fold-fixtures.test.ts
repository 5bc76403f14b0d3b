// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatClientEvents, MessageBlock } from '@/lib/realtime/contract.generated';
import {
  addError,
  addPermission,
  applyStreamEvent,
  resolvePermission,
} from '@/features/chat/state/fold-message';

// The API's fold is held to the same files (FoldFixtureTests.cs): neither fold can drift alone.
const folder = new URL('../../../../../Baton.Tests/Fixtures/Folds/', import.meta.url);

type FixtureEvent = {
  [K in keyof ChatClientEvents]: { type: K; payload: ChatClientEvents[K] };
}[keyof ChatClientEvents];

type Fixture = { events: FixtureEvent[]; blocks: MessageBlock[] };

const names = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('the live fold', () => {
  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('folds %s into the blocks the API stores', (name) => {
    const fixture = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Fixture;
    const blocks: MessageBlock[] = [];
    for (const event of fixture.events) {
      switch (event.type) {
        case 'chat:stream-response':
          applyStreamEvent(blocks, event.payload.event);
          break;
        case 'interactive_prompt':
          addPermission(blocks, event.payload);
          break;
        case 'permission:resolved':
          resolvePermission(blocks, event.payload);
          break;
        case 'chat:error':
          addError(blocks, event.payload);
          break;
        default:
          break;
      }
    }
    expect(blocks).toStrictEqual(fixture.blocks);
  });
});
