import { MessageSquare } from 'lucide-react';
import styles from './project.module.css';

export function ProjectHomeRoute() {
  return (
    <div className={styles.home}>
      <MessageSquare size={32} aria-hidden="true" />
      <p>Pick a conversation, or start a new one to talk to Claude Code about this project.</p>
    </div>
  );
}
