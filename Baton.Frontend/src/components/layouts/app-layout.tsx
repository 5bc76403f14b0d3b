import type { ReactNode } from 'react';
import styles from './app-layout.module.css';

type AppLayoutProps = {
  children: ReactNode;
};

export function AppLayout({ children }: AppLayoutProps) {
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.brand}>Baton</h1>
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
