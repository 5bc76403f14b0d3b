import { Plus } from 'lucide-react';
import { useNavigate } from 'react-router';
import { useCreateConversation } from '@/features/conversations/api/create-conversation';
import styles from './start-conversation-button.module.css';

type StartConversationButtonProps = {
  projectId: string;
  /** Told once the new conversation is created, before it opens (a drawer closes itself). */
  onStarted?: (() => void) | undefined;
  'data-testid': string;
};

/** "New conversation": creates one in the project and opens it, or says why it could not. */
export function StartConversationButton({
  projectId,
  onStarted,
  'data-testid': testId,
}: StartConversationButtonProps) {
  const create = useCreateConversation(projectId);
  const navigate = useNavigate();

  return (
    <>
      <button
        type="button"
        className={styles.button}
        disabled={create.isPending}
        onClick={() => {
          create.mutate(undefined, {
            onSuccess: (conversation) => {
              onStarted?.();
              void navigate(`/projects/${projectId}/c/${conversation.id}`);
            },
          });
        }}
        data-testid={testId}
      >
        <Plus size={16} aria-hidden="true" /> New conversation
      </button>
      {create.isError && <p role="alert">{create.error.message}</p>}
    </>
  );
}
