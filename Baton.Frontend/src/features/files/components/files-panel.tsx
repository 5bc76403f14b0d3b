import { ChevronRight, File, Folder, RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { explainError } from '@/lib/error-messages';
import { readHubFailure } from '@/lib/realtime/hub-error';
import { useFileContent } from '@/features/files/api/get-file-content';
import { useListFiles } from '@/features/files/api/list-files';
import styles from './files-panel.module.css';

type FilesPanelProps = {
  projectId: string;
};

/** Browses the project's tree on the bridge and shows one file. */
export function FilesPanel({ projectId }: FilesPanelProps) {
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState<string | undefined>(undefined);
  const listing = useListFiles(projectId, folder);
  const crumbs = folder === '' ? [] : folder.split('/');

  return (
    <div className={styles.panel} data-testid="files-panel">
      <section className={styles.tree} aria-label="Project files">
        <div className={styles.crumbs}>
          <button
            type="button"
            onClick={() => {
              setFolder('');
            }}
            data-testid="files-root"
          >
            root
          </button>
          {crumbs.map((crumb, at) => (
            <span key={at} className={styles.crumb}>
              <ChevronRight size={12} aria-hidden="true" />
              <button
                type="button"
                onClick={() => {
                  setFolder(crumbs.slice(0, at + 1).join('/'));
                }}
              >
                {crumb}
              </button>
            </span>
          ))}
          <button
            type="button"
            className={styles.refresh}
            aria-label="Refresh"
            onClick={() => void listing.refetch()}
          >
            <RefreshCw size={14} aria-hidden="true" />
          </button>
        </div>
        {listing.isPending && <p className={styles.note}>Asking the bridge…</p>}
        {listing.isError && <Failure error={listing.error} />}
        {listing.data !== undefined && (
          <ul className={styles.entries}>
            {listing.data.entries.length === 0 && (
              <li className={styles.note}>This folder is empty.</li>
            )}
            {listing.data.entries.map((entry) => (
              <li key={entry.path}>
                <button
                  type="button"
                  className={styles.entry}
                  aria-current={entry.path === file ? 'true' : undefined}
                  onClick={() => {
                    if (entry.kind === 'directory') {
                      setFolder(entry.path);
                    } else {
                      setFile(entry.path);
                    }
                  }}
                  data-testid="file-entry"
                  data-kind={entry.kind}
                  data-path={entry.path}
                >
                  {entry.kind === 'directory' ? (
                    <Folder size={14} aria-hidden="true" />
                  ) : (
                    <File size={14} aria-hidden="true" />
                  )}
                  <span className={styles.entryName}>{entry.name}</span>
                  {entry.kind === 'file' && (
                    <span className={styles.size}>{formatSize(entry.size)}</span>
                  )}
                </button>
              </li>
            ))}
            {listing.data.truncated && (
              <li className={styles.note}>More entries than the bridge lists at once.</li>
            )}
          </ul>
        )}
      </section>
      <FileViewer projectId={projectId} path={file} />
    </div>
  );
}

function FileViewer({ projectId, path }: { projectId: string; path: string | undefined }) {
  const content = useFileContent(projectId, path);
  return (
    <section className={styles.viewer} data-testid="file-viewer" aria-label="File viewer">
      {path === undefined && <p className={styles.note}>Pick a file to read it.</p>}
      {path !== undefined && (
        <>
          <h3 className={styles.viewerTitle} data-testid="file-viewer-path">
            {path}
          </h3>
          {content.isPending && <p className={styles.note}>Loading…</p>}
          {content.isError && <Failure error={content.error} />}
          {content.data !== undefined && (
            <pre
              className={styles.content}
              data-testid="file-viewer-content"
              tabIndex={0}
              aria-label={`Contents of ${path}`}
            >
              {content.data.content}
            </pre>
          )}
        </>
      )}
    </section>
  );
}

function Failure({ error }: { error: Error }) {
  const failure = readHubFailure(error);
  const explanation = explainError(failure.code, failure.text);
  return (
    <p className={styles.failure} role="alert" data-code={failure.code ?? ''}>
      {explanation.title} {explanation.advice}
    </p>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
