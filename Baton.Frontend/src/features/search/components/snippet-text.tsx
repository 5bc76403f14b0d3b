import type { SnippetPart } from '@/features/search/api/search-messages';
import { plainSnippet } from '@/features/search/utils/plain-snippet';

/** A search snippet as plain text, the words the query found marked. */
export function SnippetText({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {plainSnippet(parts).map((part, index) =>
        // A snippet never changes order once shown: its index is a stable key.
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
