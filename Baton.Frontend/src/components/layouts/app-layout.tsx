import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import styles from './app-layout.module.css';

type AppLayoutProps = {
  children: ReactNode;
  // Navigation and status shown beside the brand once signed in.
  header?: ReactNode;
};

export function AppLayout({ children, header }: AppLayoutProps) {
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.brand}>
          <Link to="/">Baton</Link>
        </h1>
        <div className={styles.headerContent}>{header}</div>
        <ThemeToggle />
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
