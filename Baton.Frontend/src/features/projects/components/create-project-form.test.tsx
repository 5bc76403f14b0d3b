import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CreateProjectForm } from '@/features/projects/components/create-project-form';
import { renderWithProviders } from '@/testing/render-with-providers';

const bridges = [
  { id: 'b1', name: 'old-laptop', online: false },
  { id: 'b2', name: 'desk', online: true },
];

describe('CreateProjectForm', () => {
  it('picks an online bridge first, and says so when the person picks an offline one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateProjectForm bridges={bridges} onCreated={() => undefined} />);
    const select = screen.getByTestId('create-project-bridge');
    expect(select).toHaveValue('b2');
    expect(screen.queryByTestId('bridge-offline-note')).not.toBeInTheDocument();

    await user.selectOptions(select, 'b1');

    expect(screen.getByTestId('bridge-offline-note')).toHaveTextContent('This bridge is offline');
    expect(select).toHaveAccessibleDescription(/offline/);
  });
});
