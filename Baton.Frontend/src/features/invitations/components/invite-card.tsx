import { Card } from '@/components/ui/card';
import { invitationLink, useCreateInvitation } from '@/features/invitations/api/create-invitation';
import styles from './invite-card.module.css';

export function InviteCard() {
  const create = useCreateInvitation();

  return (
    <div className={styles.card}>
      <Card title="Invite someone">
        <p className={styles.intro}>
          Where sign-up is closed, a new person needs an invitation. Send them the link: it works
          once and expires after seven days.
        </p>
        <button
          type="button"
          disabled={create.isPending}
          onClick={() => {
            create.mutate();
          }}
          data-testid="create-invitation"
        >
          Create an invitation link
        </button>
        {create.isError && (
          <p role="alert" className={styles.error}>
            {create.error.message}
          </p>
        )}
        {create.data !== undefined && (
          <code className={styles.link} data-testid="invitation-link">
            {invitationLink(create.data.code)}
          </code>
        )}
      </Card>
    </div>
  );
}
