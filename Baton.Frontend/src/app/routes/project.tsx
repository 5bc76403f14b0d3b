import { FolderTree, Menu, MessageSquare, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useMatch, useParams } from 'react-router';
import { ConversationSidebar } from '@/features/conversations/components/conversation-sidebar';
import { OpenLocalSessionButton } from '@/features/local-sessions/components/open-local-session-button';
import { useProject } from '@/features/projects/api/get-project';
import { BridgeStatusBadge } from '@/features/projects/components/bridge-status-badge';
import { useMediaQuery } from '@/lib/use-media-query';
import styles from './project.module.css';

/** A project: its conversations beside the open one (or its files), and its bridge's state. */
export function ProjectRoute() {
  const { projectId = '' } = useParams();
  const onFiles = useMatch('/projects/:projectId/files/*') !== null;
  const project = useProject(projectId);
  const [sidebarOpen, setSidebarOpen] = useState(false);
  // Matches the stylesheet's breakpoint: below it the conversation list is a drawer.
  const narrow = useMediaQuery('(max-width: 768px)');
  const drawerClosed = narrow && !sidebarOpen;
  const sidebar = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // An opened drawer takes focus; Escape closes it and gives focus back to its button.
  useEffect(() => {
    if (!narrow || !sidebarOpen) {
      return undefined;
    }
    sidebar.current?.querySelector<HTMLElement>('button, a, input')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog opened from the drawer takes its own Escape first: the drawer would make it inert.
      const inDialog = event.target instanceof Element && event.target.closest('dialog[open]');
      if (event.key === 'Escape' && !inDialog) {
        event.preventDefault();
        setSidebarOpen(false);
        toggle.current?.focus();
      }
    };
    // Capturing: the open drawer takes Escape before the chat, where it would stop a run.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [narrow, sidebarOpen]);

  return (
    <div className={styles.project}>
      <aside
        ref={sidebar}
        className={styles.sidebar}
        data-open={sidebarOpen}
        aria-label="Project conversations"
        // A closed drawer sits off-screen: out of the Tab order and hidden from screen readers.
        inert={drawerClosed}
        data-testid="project-sidebar"
      >
        <ConversationSidebar
          projectId={projectId}
          onNavigate={() => {
            setSidebarOpen(false);
          }}
          startActions={
            <OpenLocalSessionButton
              projectId={projectId}
              onOpened={() => {
                setSidebarOpen(false);
              }}
            />
          }
        />
      </aside>
      {sidebarOpen && (
        <button
          type="button"
          className={styles.backdrop}
          aria-label="Close the conversation list"
          onClick={() => {
            setSidebarOpen(false);
          }}
        />
      )}
      <section className={styles.content}>
        <header className={styles.header}>
          <button
            ref={toggle}
            type="button"
            className={styles.menu}
            aria-label={sidebarOpen ? 'Close the conversation list' : 'Open the conversation list'}
            aria-expanded={sidebarOpen}
            onClick={() => {
              setSidebarOpen(!sidebarOpen);
            }}
            data-testid="toggle-sidebar"
          >
            {sidebarOpen ? <X size={16} /> : <Menu size={16} />}
          </button>
          <h2 className={styles.title} title={project.data?.name} data-testid="project-name">
            {project.data?.name ?? (project.isError ? 'Project not found' : '…')}
          </h2>
          <BridgeStatusBadge projectId={projectId} />
          <nav className={styles.tabs} aria-label="Project views">
            {/* Chat is the view of the project's page and of each conversation: every view but Files. */}
            <Link
              to={`/projects/${projectId}`}
              className={onFiles ? undefined : 'active'}
              aria-current={onFiles ? undefined : 'page'}
              data-testid="tab-chat"
            >
              <MessageSquare size={14} aria-hidden="true" />
              <span className="phone-visually-hidden">Chat</span>
            </Link>
            <NavLink to={`/projects/${projectId}/files`} data-testid="tab-files">
              <FolderTree size={14} aria-hidden="true" />
              <span className="phone-visually-hidden">Files</span>
            </NavLink>
          </nav>
        </header>
        <div className={styles.outlet}>
          <Outlet />
        </div>
      </section>
    </div>
  );
}
