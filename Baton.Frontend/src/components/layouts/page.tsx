import type { ReactNode } from 'react';
import styles from './page.module.css';

/** A scrolling page of cards with a readable width. */
export function Page({ children }: { children: ReactNode }) {
  return <div className={styles.page}>{children}</div>;
}
