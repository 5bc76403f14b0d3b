import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { usePageFocus } from '@/components/layouts/use-page-focus';
import styles from './app-layout.module.css';

type AppLayoutProps = {
  children: ReactNode;
  // Navigation and status shown beside the brand once signed in.
  header?: ReactNode;
};

export function AppLayout({ children, header }: AppLayoutProps) {
  const main = useRef<HTMLElement>(null);
  usePageFocus(main);
  return (
    <div className={styles.shell}>
      <a
        href="#main-content"
        className={styles.skip}
        onClick={(event) => {
          // Focus, not a hash change: the router owns the address.
          event.preventDefault();
          main.current?.focus();
        }}
        data-testid="skip-link"
      >
        Skip to main content
      </a>
      <header className={styles.header}>
        <h1 className={styles.brand}>
          <Link to="/">Baton</Link>
        </h1>
        <div className={styles.headerContent}>{header}</div>
        <ThemeToggle />
      </header>
      <main ref={main} id="main-content" tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </div>
  );
}
