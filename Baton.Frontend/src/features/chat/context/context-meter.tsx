import { useEffect } from 'react';
import { contextLevel } from '@/features/chat/context/context-level';
import { useContextUsage } from '@/features/chat/context/get-context-usage';
import styles from './context-meter.module.css';

type ContextMeterProps = {
  conversationId: string;
  // Whether a run is going on: its end changes how full the context is.
  running: boolean;
};

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * How full the conversation's context is (used / window), warning as it nears where Claude Code
 * compacts. Asked as the conversation opens and as each run ends; nothing shows while no Claude
 * Code process holds the conversation.
 */
export function ContextMeter({ conversationId, running }: ContextMeterProps) {
  const usage = useContextUsage(conversationId);
  const { refetch } = usage;

  useEffect(() => {
    if (!running) {
      void refetch();
    }
  }, [running, refetch]);

  const level = usage.data === undefined ? undefined : contextLevel(usage.data);
  if (usage.data === undefined || level === undefined) {
    return null;
  }
  const percent = Math.round(level.share * 100);
  const used = compact.format(usage.data.usedTokens);
  const window = compact.format(usage.data.windowTokens);
  return (
    <span
      className={styles.meter}
      data-warning={level.warning}
      data-testid="context-meter"
      title={
        usage.data.autoCompactTokens == null
          ? 'The context Claude works with, of its window'
          : `The context Claude works with, of its window; Claude Code compacts it at ${compact.format(usage.data.autoCompactTokens)}`
      }
    >
      <meter
        className={styles.bar}
        min={0}
        max={usage.data.windowTokens}
        value={usage.data.usedTokens}
        high={(usage.data.autoCompactTokens ?? usage.data.windowTokens) * 0.8}
        aria-label={`Context: ${used} of ${window} tokens, ${percent}%`}
      />
      <span aria-hidden="true">
        Context {used} / {window}
      </span>
    </span>
  );
}
