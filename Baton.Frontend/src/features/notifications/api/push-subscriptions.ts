import { api, unwrap } from '@/lib/api-client';

/** This Baton's VAPID public key, or null when it sends no notifications (404). */
export async function getPushKey(): Promise<string | null> {
  const { data, response } = await api.GET('/api/push/key');
  if (response.status === 404) {
    return null;
  }
  if (data === undefined) {
    throw new Error('Baton did not say how to subscribe to its notifications.');
  }
  return data.publicKey;
}

/** Tells Baton to notify this browser through its push subscription. */
export async function savePushSubscription(subscription: PushSubscription): Promise<void> {
  const json = subscription.toJSON();
  await unwrap(
    api.PUT('/api/push/subscriptions', {
      body: {
        endpoint: json.endpoint ?? subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? null, auth: json.keys?.auth ?? null },
      },
    }),
  );
}

export async function deletePushSubscription(endpoint: string): Promise<void> {
  await unwrap(api.DELETE('/api/push/subscriptions', { body: { endpoint } }));
}
