import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsToggle } from '@/features/notifications/components/notifications-toggle';
import { renderWithProviders } from '@/testing/render-with-providers';
import { stubFetch } from '@/testing/stub-fetch';

const endpoint = 'https://push.example.com/send/1';

// A browser with Web Push: a service worker registration whose push manager hands out one subscription.
function stubWebPush(permission: NotificationPermission = 'default') {
  const subscription = {
    endpoint,
    toJSON: () => ({ endpoint, keys: { p256dh: 'browser-key', auth: 'browser-secret' } }),
    unsubscribe: vi.fn(() => Promise.resolve(true)),
  };
  let subscribed: typeof subscription | null = null;
  const pushManager = {
    getSubscription: vi.fn(() => Promise.resolve(subscribed)),
    subscribe: vi.fn(() => {
      subscribed = subscription;
      return Promise.resolve(subscription);
    }),
  };
  const registration = { pushManager };
  vi.stubGlobal('PushManager', function PushManager() {
    // Only its presence matters: it says the browser has Web Push.
  });
  vi.stubGlobal('Notification', {
    permission,
    requestPermission: vi.fn(() => Promise.resolve('granted')),
  });
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      register: vi.fn(() => Promise.resolve(registration)),
      getRegistration: vi.fn(() => Promise.resolve(registration)),
      ready: Promise.resolve(registration),
    },
  });
  return pushManager;
}

describe('NotificationsToggle', () => {
  it('is absent where the browser has no Web Push', () => {
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: undefined });
    renderWithProviders(<NotificationsToggle />);
    expect(screen.queryByTestId('notifications-toggle')).not.toBeInTheDocument();
  });

  it('subscribes this browser with the server key and tells Baton where to push', async () => {
    const pushManager = stubWebPush();
    const fetchMock = stubFetch(
      { status: 200, body: JSON.stringify({ publicKey: 'BAEC' }) },
      { status: 204, body: '' },
    );
    renderWithProviders(<NotificationsToggle />);
    const toggle = await screen.findByRole('button', { name: /Notify me in this browser/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    fireEvent.click(toggle);

    await waitFor(() => {
      expect(screen.getByRole('button', { name: /Notifications on/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });
    expect(pushManager.subscribe).toHaveBeenCalledWith({
      userVisibleOnly: true,
      applicationServerKey: Uint8Array.from([4, 1, 2]),
    });
    const saved = fetchMock.mock.calls[1]?.[0] as Request;
    expect(saved.method).toBe('PUT');
    expect(await saved.json()).toEqual({
      endpoint,
      keys: { p256dh: 'browser-key', auth: 'browser-secret' },
    });
  });

  it('says so when this Baton sends no notifications', async () => {
    stubWebPush();
    stubFetch({ status: 404, body: JSON.stringify({ detail: 'no key' }) });
    renderWithProviders(<NotificationsToggle />);
    fireEvent.click(await screen.findByRole('button', { name: /Notify me in this browser/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This Baton sends no notifications.',
    );
  });

  it('points to the browser settings when notifications are blocked', async () => {
    stubWebPush('denied');
    renderWithProviders(<NotificationsToggle />);
    expect(await screen.findByTestId('notifications-toggle')).toHaveAccessibleName(
      /blocked for Baton/,
    );
  });
});
