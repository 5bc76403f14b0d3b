import { useNavigate } from 'react-router';
import { Page } from '@/components/layouts/page';
import { useBridges } from '@/features/bridges/api/get-bridges';
import { CreateProjectForm } from '@/features/projects/components/create-project-form';
import { ProjectsList } from '@/features/projects/components/projects-list';

export function ProjectsRoute() {
  const bridges = useBridges();
  const navigate = useNavigate();
  const options = bridges.data ?? [];
  return (
    <Page>
      <ProjectsList bridges={options} />
      {bridges.data !== undefined && (
        <CreateProjectForm
          bridges={options}
          onCreated={(project) => {
            void navigate(`/projects/${project.id}`);
          }}
        />
      )}
    </Page>
  );
}
