import { CircleStop, Paperclip, Send, X } from 'lucide-react';
import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { PermissionMode } from '@/lib/realtime/contract.generated';
import { useSearchProjectFiles } from '@/features/chat/api/search-project-files';
import { FilePicker } from '@/features/chat/components/file-picker';
import type { Attachment } from '@/features/chat/types/chat-state';
import { findMention, replaceMention, type Mention } from '@/features/chat/utils/mention';
import styles from './composer.module.css';

export type ComposerMessage = {
  text: string;
  attachments: Attachment[];
  permissionMode: PermissionMode | null;
  model: string | null;
};

type PendingUpload = {
  localId: string;
  fileName: string;
  attachment: Attachment | undefined;
  error: string | undefined;
};

type ComposerProps = {
  projectId: string;
  running: boolean;
  defaultPermissionMode: PermissionMode;
  defaultModel: string | null;
  bypassAllowed: boolean;
  onSend: (message: ComposerMessage) => void;
  onStop: () => void;
  onUpload: (file: File) => Promise<Attachment>;
};

const permissionModes: readonly { value: PermissionMode; label: string }[] = [
  { value: 'default', label: 'Ask first' },
  { value: 'acceptEdits', label: 'Accept edits' },
  { value: 'plan', label: 'Plan only' },
  { value: 'bypassPermissions', label: 'Bypass' },
];

const models: readonly { value: string; label: string }[] = [
  { value: 'sonnet', label: 'Sonnet' },
  { value: 'opus', label: 'Opus' },
  { value: 'haiku', label: 'Haiku' },
];

export function Composer({
  projectId,
  running,
  defaultPermissionMode,
  defaultModel,
  bypassAllowed,
  onSend,
  onStop,
  onUpload,
}: ComposerProps) {
  const [text, setText] = useState('');
  const [permissionMode, setPermissionMode] = useState<PermissionMode>(defaultPermissionMode);
  const [model, setModel] = useState(defaultModel ?? '');
  const [uploads, setUploads] = useState<PendingUpload[]>([]);
  const [mention, setMention] = useState<Mention | undefined>(undefined);
  const [pickerIndex, setPickerIndex] = useState(0);
  const files = useSearchProjectFiles(projectId, mention?.query ?? '', mention !== undefined);
  const pickerEntries = mention === undefined ? [] : (files.data ?? []);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const modeId = useId();
  const modelId = useId();

  const uploading = uploads.some(
    (upload) => upload.attachment === undefined && upload.error === undefined,
  );
  const canSend = !running && !uploading && text.trim() !== '';

  const send = () => {
    if (!canSend) {
      return;
    }
    onSend({
      text: text.trim(),
      attachments: uploads.flatMap((upload) =>
        upload.attachment === undefined ? [] : [upload.attachment],
      ),
      permissionMode: permissionMode === defaultPermissionMode ? null : permissionMode,
      model: model === '' || model === defaultModel ? null : model,
    });
    setText('');
    setUploads([]);
    setMention(undefined);
  };

  const updateText = (value: string, caret: number) => {
    setText(value);
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
    if (event.nativeEvent.isComposing) {
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

  const attach = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    for (const file of files) {
      const localId = crypto.randomUUID();
      setUploads((current) => [
        ...current,
        { localId, fileName: file.name, attachment: undefined, error: undefined },
      ]);
      onUpload(file).then(
        (attachment) => {
          setUploads((current) =>
            current.map((upload) =>
              upload.localId === localId ? { ...upload, attachment } : upload,
            ),
          );
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : 'The upload failed.';
          setUploads((current) =>
            current.map((upload) =>
              upload.localId === localId ? { ...upload, error: message } : upload,
            ),
          );
        },
      );
    }
  };

  return (
    <form
      className={styles.composer}
      aria-label="Message composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {uploads.length > 0 && (
        <ul className={styles.uploads} aria-label="Attachments to send">
          {uploads.map((upload) => (
            <li
              key={upload.localId}
              className={styles.upload}
              data-testid="composer-attachment"
              data-state={
                upload.error !== undefined
                  ? 'failed'
                  : upload.attachment === undefined
                    ? 'uploading'
                    : 'ready'
              }
            >
              <Paperclip size={12} aria-hidden="true" />
              <span>{upload.fileName}</span>
              {upload.attachment === undefined && upload.error === undefined && (
                <span>uploading…</span>
              )}
              {upload.error !== undefined && (
                <span className={styles.uploadError}>{upload.error}</span>
              )}
              <button
                type="button"
                className={styles.iconButton}
                aria-label={`Remove ${upload.fileName}`}
                onClick={() => {
                  setUploads((current) =>
                    current.filter((item) => item.localId !== upload.localId),
                  );
                }}
              >
                <X size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.inputRow}>
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
          onChange={(event) => {
            updateText(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
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
          onChange={attach}
        />
        <label htmlFor={modeId} className="visually-hidden">
          Permission mode
        </label>
        <select
          id={modeId}
          value={permissionMode}
          data-testid="permission-mode-select"
          onChange={(event) => {
            setPermissionMode(event.target.value as PermissionMode);
          }}
        >
          {permissionModes.map((mode) => (
            <option
              key={mode.value}
              value={mode.value}
              disabled={mode.value === 'bypassPermissions' && !bypassAllowed}
            >
              {mode.label}
            </option>
          ))}
        </select>
        <label htmlFor={modelId} className="visually-hidden">
          Model
        </label>
        <select
          id={modelId}
          value={model}
          data-testid="model-select"
          onChange={(event) => {
            setModel(event.target.value);
          }}
        >
          <option value="">Default model</option>
          {models.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {defaultModel !== null && !models.some((option) => option.value === defaultModel) && (
            <option value={defaultModel}>{defaultModel}</option>
          )}
        </select>
        <span className={styles.spacer} />
        {running ? (
          <button
            type="button"
            className={styles.stop}
            onClick={onStop}
            data-testid="stop-button"
            aria-keyshortcuts="Escape"
          >
            <CircleStop size={16} aria-hidden="true" /> Stop
          </button>
        ) : (
          <button
            type="submit"
            className={styles.send}
            disabled={!canSend}
            data-testid="send-button"
          >
            <Send size={16} aria-hidden="true" /> Send
          </button>
        )}
      </div>
    </form>
  );
}
