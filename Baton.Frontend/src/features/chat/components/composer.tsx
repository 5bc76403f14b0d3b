import { CircleStop, ListPlus, Paperclip, Send } from 'lucide-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useSearchProjectFiles } from '@/features/chat/api/search-project-files';
import { SlashCommandMenu } from '@/features/chat/commands/slash-command-menu';
import { terminalCommandNoteId } from '@/features/chat/commands/command-ids';
import { TerminalCommandNote } from '@/features/chat/commands/terminal-command-note';
import { useSlashCommandMenu } from '@/features/chat/commands/use-slash-command-menu';
import { FilePicker } from '@/features/chat/components/file-picker';
import { UploadList } from '@/features/chat/components/upload-list';
import { useUploads } from '@/features/chat/hooks/use-uploads';
import { useFileDrop } from '@/features/chat/images/use-file-drop';
import type { Attachment } from '@/features/chat/types/chat-state';
import { findMention, replaceMention, type Mention } from '@/features/chat/utils/mention';
import styles from './composer.module.css';

// Mode and model are the conversation's, set in its header.
export type ComposerMessage = {
  text: string;
  attachments: Attachment[];
};

type ComposerProps = {
  projectId: string;
  running: boolean;
  onSend: (message: ComposerMessage) => void;
  onStop: () => void;
  onUpload: (file: File) => Promise<Attachment>;
};

export function Composer({ projectId, running, onSend, onStop, onUpload }: ComposerProps) {
  const [text, setText] = useState('');
  const { uploads, uploading, ready, add, remove, clear } = useUploads(onUpload);
  const { dragging, onPaste, dropTarget } = useFileDrop(add);
  const [mention, setMention] = useState<Mention | undefined>(undefined);
  const [pickerIndex, setPickerIndex] = useState(0);
  const files = useSearchProjectFiles(projectId, mention?.query ?? '', mention !== undefined);
  const pickerEntries = mention === undefined ? [] : (files.data ?? []);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const commands = useSlashCommandMenu({
    projectId,
    text,
    onComplete: (value) => {
      setText(value);
      requestAnimationFrame(() => {
        textarea.current?.setSelectionRange(value.length, value.length);
        textarea.current?.focus();
      });
    },
    onSend: (value) => {
      submit(value);
    },
  });
  // While a run is busy a message is queued, to start when the run ends.
  const canSend = !uploading && text.trim() !== '' && commands.terminalCommand === undefined;

  const send = () => {
    if (canSend) {
      submit(text);
    }
  };

  const submit = (value: string) => {
    if (uploading || value.trim() === '') {
      return;
    }
    onSend({ text: value.trim(), attachments: ready });
    setText('');
    clear();
    setMention(undefined);
  };

  const updateText = (value: string, caret: number) => {
    setText(value);
    commands.onTextChange();
    const found = findMention(value, caret);
    setMention(found);
    setPickerIndex(0);
  };

  const choose = (path: string) => {
    if (mention === undefined) {
      return;
    }
    const { text: next, caret } = replaceMention(text, mention, path);
    setText(next);
    setMention(undefined);
    requestAnimationFrame(() => {
      textarea.current?.setSelectionRange(caret, caret);
      textarea.current?.focus();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing || commands.onKeyDown(event)) {
      return;
    }
    if (mention !== undefined && pickerEntries.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setPickerIndex((index) => (index + step + pickerEntries.length) % pickerEntries.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const entry = pickerEntries[pickerIndex];
        if (entry !== undefined) {
          choose(entry.path);
        }
        return;
      }
    }
    if (event.key === 'Escape' && mention !== undefined) {
      // Closing the picker is all Esc does here; it must not also stop the run.
      event.preventDefault();
      event.stopPropagation();
      setMention(undefined);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form
      className={styles.composer}
      aria-label="Message composer"
      data-dragging={dragging}
      {...dropTarget}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {uploads.length > 0 && <UploadList uploads={uploads} onRemove={remove} />}
      <div className={styles.inputRow}>
        {commands.open && (
          <SlashCommandMenu
            commands={commands.matches}
            loading={commands.loading}
            failed={commands.failed}
            activeIndex={commands.activeIndex}
            onChoose={commands.choose}
          />
        )}
        {mention !== undefined && (
          <FilePicker
            entries={pickerEntries}
            loading={files.isFetching}
            failed={files.isError}
            activeIndex={pickerIndex}
            onChoose={choose}
          />
        )}
        <textarea
          ref={textarea}
          className={styles.textarea}
          value={text}
          rows={2}
          placeholder="Message Claude Code — @ to mention a file, Shift+Enter for a new line"
          aria-label="Message"
          data-testid="composer-input"
          data-autofocus
          {...commands.inputProps}
          aria-describedby={
            commands.terminalCommand === undefined ? undefined : terminalCommandNoteId
          }
          onChange={(event) => {
            updateText(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      </div>
      {commands.terminalCommand !== undefined && (
        <TerminalCommandNote command={commands.terminalCommand} />
      )}
      <div className={styles.toolbar}>
        <button
          type="button"
          className={styles.iconButton}
          aria-label="Attach files"
          data-testid="attach-button"
          onClick={() => fileInput.current?.click()}
        >
          <Paperclip size={16} />
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept="image/png,image/jpeg,image/gif,image/webp,text/*,application/json,application/pdf"
          data-testid="attach-input"
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            // Cleared, so choosing the same file again uploads it again.
            event.target.value = '';
            add(chosen);
          }}
        />
        <span className={styles.spacer} />
        {running && (
          <button
            type="button"
            className={styles.stop}
            onClick={onStop}
            data-testid="stop-button"
            aria-keyshortcuts="Escape"
          >
            <CircleStop size={16} aria-hidden="true" /> Stop
          </button>
        )}
        <button type="submit" className={styles.send} disabled={!canSend} data-testid="send-button">
          {running ? (
            <>
              <ListPlus size={16} aria-hidden="true" /> Queue
            </>
          ) : (
            <>
              <Send size={16} aria-hidden="true" /> Send
            </>
          )}
        </button>
      </div>
    </form>
  );
}
