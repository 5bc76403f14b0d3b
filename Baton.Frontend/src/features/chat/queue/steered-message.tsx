import styles from './steered-message.module.css';

/** A message the person sent into the running turn, shown in the answer where Claude took it. */
export function SteeredMessage({ text }: { text: string }) {
  return (
    <div className={styles.steered} data-testid="steered-message">
      <span className={styles.label}>You, while Claude worked</span>
      <p className={styles.text}>{text}</p>
    </div>
  );
}
