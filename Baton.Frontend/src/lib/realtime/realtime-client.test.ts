import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatCallBudget, WireEvents } from '@/lib/realtime/contract.generated';
import { RealtimeClient } from '@/lib/realtime/realtime-client';
import { emptyQueueAnswer } from '@/testing/chat-events';
import { FakeHubConnection } from '@/testing/fake-hub-connection';

describe('RealtimeClient', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('surfaces connecting, connected and reconnecting, and tells listeners after a reconnect', async () => {
    const connection = new FakeHubConnection();
    const client = new RealtimeClient(connection);
    const reconnected = vi.fn();
    client.onReconnected(reconnected);

    expect(client.status).toBe('connecting');
    client.start();
    await vi.waitFor(() => {
      expect(client.status).toBe('connected');
    });

    connection.dropAndReconnect();

    expect(reconnected).toHaveBeenCalledTimes(1);
    expect(client.status).toBe('connected');
  });

  it('stays connected when started again right after a stop, as React does in development', async () => {
    vi.useFakeTimers();
    const connection = new FakeHubConnection();
    const client = new RealtimeClient(connection);

    client.start();
    void client.stop();
    client.start();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(client.status).toBe('connected');
    expect(connection.startCount).toBe(1);
  });

  it('removes exactly the handler it registered', () => {
    const connection = new FakeHubConnection();
    const client = new RealtimeClient(connection);
    const first = vi.fn();
    const second = vi.fn();

    const offFirst = client.on(WireEvents.bridgeConnect, first);
    client.on(WireEvents.bridgeConnect, second);
    offFirst();
    connection.emit(WireEvents.bridgeConnect, { bridgeId: 'b1', name: 'laptop' });

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ bridgeId: 'b1', name: 'laptop' });
    expect(connection.handlerCount()).toBe(1);
  });

  it('waits for the connection before invoking a hub method', async () => {
    const connection = new FakeHubConnection();
    connection.answer(WireEvents.conversationJoin, () => ({ lastSeq: 7, queue: emptyQueueAnswer }));
    const client = new RealtimeClient(connection);

    const joined = client.invoke(WireEvents.conversationJoin, {
      conversationId: 'c1',
      afterSeq: 0,
    });
    client.start();

    await expect(joined).resolves.toEqual({ lastSeq: 7, queue: emptyQueueAnswer });
  });

  it("holds calls beyond the hub's budget until it refills, and makes them all in the order asked", async () => {
    vi.useFakeTimers();
    const connection = new FakeHubConnection();
    const client = new RealtimeClient(connection);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    const asked = Array.from({ length: 2 * ChatCallBudget.burst }, (_, at) => `c${at}`);

    const calls = asked.map((conversationId) =>
      client.invoke(WireEvents.conversationViewing, { conversationId }),
    );
    await vi.advanceTimersByTimeAsync(0);
    const madeAtOnce = connection.invocations.length;
    // Made within the first second: never more than the hub's burst and a second's refill.
    await vi.advanceTimersByTimeAsync(1_000);
    const madeInASecond = connection.invocations.length;
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);

    expect(madeAtOnce).toBeLessThan(ChatCallBudget.burst);
    expect(madeInASecond).toBeLessThanOrEqual(ChatCallBudget.burst + ChatCallBudget.perSecond);
    expect(madeInASecond).toBeGreaterThan(madeAtOnce);
    expect(connection.invocationsOf(WireEvents.conversationViewing)).toEqual(
      asked.map((conversationId) => ({ conversationId })),
    );
  });
});
