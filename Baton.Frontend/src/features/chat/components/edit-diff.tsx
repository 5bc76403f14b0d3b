import { useMemo } from 'react';
import { DiffView } from '@/features/chat/components/diff-view';
import { rowsOfChange } from '@/features/chat/utils/diff-rows';

type EditDiffProps = {
  before: string;
  after: string;
  // Where the texts start in the file, when they are whole files; an edit's snippets have no numbers.
  firstLine?: number;
};

export function EditDiff({ before, after, firstLine }: EditDiffProps) {
  const rows = useMemo(() => rowsOfChange(before, after, firstLine), [before, after, firstLine]);
  return <DiffView rows={rows} />;
}
