import { useCallback, useEffect, useState } from 'react';
import { registerServiceWorker } from '@/lib/service-worker';
import {
  deletePushSubscription,
  getPushKey,
  savePushSubscription,
} from '@/features/notifications/api/push-subscriptions';

export type PushState =
  | { kind: 'checking' }
  | { kind: 'unsupported' }
  | { kind: 'blocked' }
  | { kind: 'off'; error?: string }
  | { kind: 'on'; error?: string }
  | { kind: 'working' };

function isSupported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function initialState(): PushState {
  if (!isSupported()) {
    return { kind: 'unsupported' };
  }
  return Notification.permission === 'denied' ? { kind: 'blocked' } : { kind: 'checking' };
}

function keyBytes(base64Url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

async function subscribe(): Promise<void> {
  const key = await getPushKey();
  if (key === null) {
    throw new Error('This Baton sends no notifications.');
  }
  await registerServiceWorker();
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(key),
  });
  await savePushSubscription(subscription);
}

async function unsubscribe(): Promise<void> {
  const subscription = await currentSubscription();
  if (subscription !== null) {
    await deletePushSubscription(subscription.endpoint);
    await subscription.unsubscribe();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Whether this browser is notified when Claude waits or a run ends, and turning that on and off. */
export function usePushNotifications() {
  const [state, setState] = useState<PushState>(initialState);

  useEffect(() => {
    if (initialState().kind !== 'checking') {
      return;
    }
    let current = true;
    void currentSubscription()
      .then((subscription) => {
        if (current) {
          setState({ kind: subscription === null ? 'off' : 'on' });
        }
      })
      .catch(() => {
        if (current) {
          setState({ kind: 'off' });
        }
      });
    return () => {
      current = false;
    };
  }, []);

  const turnOn = useCallback(async () => {
    setState({ kind: 'working' });
    if ((await Notification.requestPermission()) !== 'granted') {
      setState({ kind: 'blocked' });
      return;
    }
    try {
      await subscribe();
      setState({ kind: 'on' });
    } catch (error) {
      setState({ kind: 'off', error: `Notifications could not be turned on: ${messageOf(error)}` });
    }
  }, []);

  const turnOff = useCallback(async () => {
    setState({ kind: 'working' });
    try {
      await unsubscribe();
      setState({ kind: 'off' });
    } catch (error) {
      setState({ kind: 'on', error: `Notifications could not be turned off: ${messageOf(error)}` });
    }
  }, []);

  return { state, turnOn, turnOff };
}
