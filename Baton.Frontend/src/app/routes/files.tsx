import { useParams } from 'react-router';
import { FilesPanel } from '@/features/files/components/files-panel';

export function FilesRoute() {
  const { projectId = '' } = useParams();
  return <FilesPanel key={projectId} projectId={projectId} />;
}
