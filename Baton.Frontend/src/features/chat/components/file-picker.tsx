import { File, Folder } from 'lucide-react';
import type { FileEntry } from '@/lib/realtime/contract.generated';
import styles from './composer.module.css';

type FilePickerProps = {
  entries: readonly FileEntry[];
  loading: boolean;
  failed: boolean;
  activeIndex: number;
  onChoose: (path: string) => void;
};

/** The list `@` opens above the composer: project files matching what follows the `@`. */
export function FilePicker({ entries, loading, failed, activeIndex, onChoose }: FilePickerProps) {
  return (
    <div className={styles.picker} data-testid="file-picker">
      {entries.length === 0 ? (
        <p className={styles.pickerNote}>
          {loading
            ? 'Looking for files…'
            : failed
              ? 'The bridge could not list files.'
              : 'No matching files.'}
        </p>
      ) : (
        <ul role="listbox" aria-label="Files">
          {entries.map((entry, at) => (
            <li
              key={entry.path}
              role="option"
              aria-selected={at === activeIndex}
              className={styles.pickerOption}
              data-testid="file-picker-option"
              onMouseDown={(event) => {
                // Keeps the focus in the textarea.
                event.preventDefault();
                onChoose(entry.path);
              }}
            >
              {entry.kind === 'directory' ? (
                <Folder size={14} aria-hidden="true" />
              ) : (
                <File size={14} aria-hidden="true" />
              )}
              <span>{entry.path}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
