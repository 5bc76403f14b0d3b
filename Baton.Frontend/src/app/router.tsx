import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AuthenticatedRoute } from '@/app/routes/authenticated';
import { BridgesRoute } from '@/app/routes/bridges';
import { NotFoundRoute } from '@/app/routes/not-found';
import { ProjectRoute } from '@/app/routes/project';
import { ProjectHomeRoute } from '@/app/routes/project-home';
import { ProjectsRoute } from '@/app/routes/projects';
import { RootRoute } from '@/app/routes/root';
import { SearchRoute } from '@/app/routes/search';
import { SignInRoute } from '@/app/routes/sign-in';
import { UsageRoute } from '@/app/routes/usage';

export function AppRouter() {
  // Made once per mounted app, so each test render starts from the page's current URL.
  const [router] = useState(() =>
    createBrowserRouter([
      {
        path: '/',
        Component: RootRoute,
        // Shown while the first route's code loads when the page opens on a lazy route.
        HydrateFallback: () => null,
        children: [
          { path: 'sign-in', Component: SignInRoute },
          {
            Component: AuthenticatedRoute,
            children: [
              { index: true, element: <Navigate to="/projects" replace /> },
              { path: 'projects', Component: ProjectsRoute },
              { path: 'bridges', Component: BridgesRoute },
              { path: 'search', Component: SearchRoute },
              { path: 'usage', Component: UsageRoute },
              {
                // Its prompts are answered on the chat's cards, which bring markdown: loaded when first opened.
                path: 'inbox',
                lazy: async () => ({
                  Component: (await import('@/app/routes/inbox')).InboxRoute,
                }),
              },
              {
                path: 'projects/:projectId',
                Component: ProjectRoute,
                children: [
                  { index: true, Component: ProjectHomeRoute },
                  {
                    // The chat brings markdown, highlighting and diffs: loaded when first opened.
                    path: 'c/:conversationId',
                    lazy: async () => ({
                      Component: (await import('@/app/routes/conversation')).ConversationRoute,
                    }),
                  },
                  {
                    path: 'files',
                    lazy: async () => ({
                      Component: (await import('@/app/routes/files')).FilesRoute,
                    }),
                  },
                ],
              },
            ],
          },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ]),
  );

  return <RouterProvider router={router} />;
}
