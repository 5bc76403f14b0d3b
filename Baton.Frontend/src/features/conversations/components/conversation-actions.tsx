import { Archive, ArchiveRestore, Download, Ellipsis, Pencil, SquareTerminal } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import type { ExportFormat } from '@/features/conversations/api/export-conversation';
import styles from './conversation-sidebar.module.css';

type ConversationActionsProps = {
  title: string;
  archived: boolean;
  onRename: () => void;
  onToggleArchived: () => void;
  onExport: (format: ExportFormat) => void;
  onContinueInTerminal: () => void;
};

/**
 * A conversation's actions behind one button: one Tab stop per conversation instead of one per
 * action. Opening it moves focus to the first action; Escape or leaving it closes it.
 */
export function ConversationActions({
  title,
  archived,
  onRename,
  onToggleArchived,
  onExport,
  onContinueInTerminal,
}: ConversationActionsProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) {
      menu.current?.querySelector('button')?.focus();
    }
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) {
      trigger.current?.focus();
    }
  };

  const closeWhenFocusLeaves = (event: FocusEvent<HTMLSpanElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) {
      setOpen(false);
    }
  };

  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <span
      className={styles.actions}
      onBlur={closeWhenFocusLeaves}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        aria-label={`Actions for ${title}`}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpen(!open);
        }}
        data-testid="conversation-actions"
      >
        <Ellipsis size={14} aria-hidden="true" />
      </button>
      {open && (
        <div ref={menu} id={menuId} className={styles.menu}>
          <button type="button" onClick={choose(onRename)} data-testid="conversation-rename">
            <Pencil size={14} aria-hidden="true" /> Rename
          </button>
          <button
            type="button"
            onClick={choose(onToggleArchived)}
            data-testid="conversation-archive"
          >
            {archived ? (
              <ArchiveRestore size={14} aria-hidden="true" />
            ) : (
              <Archive size={14} aria-hidden="true" />
            )}{' '}
            {archived ? 'Restore' : 'Archive'}
          </button>
          <button
            type="button"
            onClick={choose(() => {
              onExport('markdown');
            })}
            data-testid="conversation-export-markdown"
          >
            <Download size={14} aria-hidden="true" /> Export as Markdown
          </button>
          <button
            type="button"
            onClick={choose(() => {
              onExport('json');
            })}
            data-testid="conversation-export-json"
          >
            <Download size={14} aria-hidden="true" /> Export as JSON
          </button>
          <button
            type="button"
            onClick={choose(onContinueInTerminal)}
            data-testid="conversation-continue-in-terminal"
          >
            <SquareTerminal size={14} aria-hidden="true" /> Continue in a terminal
          </button>
        </div>
      )}
    </span>
  );
}
