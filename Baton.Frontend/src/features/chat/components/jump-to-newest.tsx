import { ArrowDown } from 'lucide-react';
import styles from './jump-to-newest.module.css';

type JumpToNewestProps = {
  // A prompt is waiting: the run is blocked until the reader answers it, so say so.
  promptWaiting: boolean;
  onJump: () => void;
};

/** Shown while the reader has scrolled away from the newest message. */
export function JumpToNewest({ promptWaiting, onJump }: JumpToNewestProps) {
  return (
    <button
      type="button"
      className={promptWaiting ? `${styles.jump} ${styles.waiting}` : styles.jump}
      data-testid="jump-to-newest"
      data-prompt-waiting={promptWaiting}
      onClick={onJump}
    >
      <ArrowDown size={14} aria-hidden="true" />
      {promptWaiting ? 'Claude is waiting for you' : 'Jump to newest'}
    </button>
  );
}
