import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RootRoute } from '@/app/routes/root';

export function AppRouter() {
  // Made once per mounted app, so each test render starts from the page's current URL.
  const [router] = useState(() =>
    createBrowserRouter([
      {
        path: '/',
        Component: RootRoute,
        children: [
          { index: true, Component: HomeRoute },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ]),
  );

  return <RouterProvider router={router} />;
}
