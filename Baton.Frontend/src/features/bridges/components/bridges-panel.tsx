import { Check, Copy, Server, Trash } from 'lucide-react';
import { useState, type SyntheticEvent } from 'react';
import { Card } from '@/components/ui/card';
import { apiOrigin } from '@/lib/api-url';
import { useCreateBridge, type CreatedBridge } from '@/features/bridges/api/create-bridge';
import { useBridgePackage } from '@/features/bridges/api/get-bridge-package';
import { useBridges } from '@/features/bridges/api/get-bridges';
import { useRevokeBridge } from '@/features/bridges/api/revoke-bridge';
import {
  bridgeSetupCommands,
  defaultWorkspace,
} from '@/features/bridges/utils/bridge-setup-commands';
import styles from './bridges-panel.module.css';

export function BridgesPanel() {
  const bridges = useBridges();
  const revoke = useRevokeBridge();
  const [created, setCreated] = useState<CreatedBridge | undefined>(undefined);

  return (
    <div className={styles.panel}>
      <Card title="Bridges">
        <p className={styles.intro}>
          A bridge runs on the machine that has your code and runs Claude Code there for Baton. Each
          bridge signs in with its own token.
        </p>
        {bridges.isPending && <p role="status">Loading bridges…</p>}
        {bridges.isError && (
          <p role="alert">The bridges could not be loaded: {bridges.error.message}</p>
        )}
        {bridges.data?.length === 0 && (
          <p className={styles.empty}>No bridges yet. Create one below.</p>
        )}
        {bridges.data !== undefined && bridges.data.length > 0 && (
          <ul className={styles.list} data-testid="bridge-list">
            {bridges.data.map((bridge) => (
              <li
                key={bridge.id}
                className={styles.item}
                data-testid="bridge-item"
                data-online={bridge.online}
              >
                <Server size={16} aria-hidden="true" />
                <span className={styles.name}>{bridge.name}</span>
                <span className={styles.state} data-testid="bridge-item-status">
                  <span className={styles.dot} data-online={bridge.online} aria-hidden="true" />
                  {bridge.online ? 'online' : 'offline'}
                </span>
                <button
                  type="button"
                  className={styles.revoke}
                  disabled={revoke.isPending}
                  onClick={() => {
                    if (
                      window.confirm(`Revoke "${bridge.name}"? Its token stops working at once.`)
                    ) {
                      revoke.mutate(bridge.id);
                    }
                  }}
                  data-testid="revoke-bridge"
                  aria-label={`Revoke ${bridge.name}`}
                >
                  <Trash size={14} aria-hidden="true" /> Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
        {revoke.isError && <p role="alert">{revoke.error.message}</p>}
      </Card>
      <CreateBridgeForm onCreated={setCreated} />
      {created !== undefined && <BridgeToken bridge={created} />}
    </div>
  );
}

function CreateBridgeForm({ onCreated }: { onCreated: (bridge: CreatedBridge) => void }) {
  const [name, setName] = useState('');
  const create = useCreateBridge();

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), {
      onSuccess: (bridge) => {
        setName('');
        onCreated(bridge);
      },
    });
  };

  return (
    <Card title="New bridge">
      <form className={styles.form} onSubmit={submit} aria-label="Create a bridge">
        <label className={styles.field}>
          Name
          <input
            value={name}
            required
            maxLength={100}
            placeholder="e.g. work laptop"
            onChange={(event) => {
              setName(event.target.value);
            }}
            data-testid="create-bridge-name"
          />
        </label>
        <button
          type="submit"
          disabled={create.isPending || name.trim() === ''}
          data-testid="create-bridge-submit"
        >
          Create bridge and token
        </button>
        {create.isError && (
          <p role="alert" className={styles.error}>
            {create.error.message}
          </p>
        )}
      </form>
    </Card>
  );
}

function BridgeToken({ bridge }: { bridge: CreatedBridge }) {
  const bridgePackage = useBridgePackage();
  const commands =
    bridgePackage.data === undefined
      ? undefined
      : bridgeSetupCommands({
          server: apiOrigin(),
          token: bridge.token,
          name: bridge.name,
          bridgePackage: bridgePackage.data,
        });
  return (
    <Card title={`Token for ${bridge.name}`}>
      <p className={styles.warning}>
        This token is shown only now. Copy it, or copy the commands below, which hold it.
      </p>
      <CopyField label="Token" value={bridge.token} testId="bridge-token" />
      <h3 className={styles.stepsTitle}>Start the bridge on the machine that has your code</h3>
      <p className={styles.steps}>
        It needs the .NET 10 SDK, and Claude Code (
        <code>npm install -g @anthropic-ai/claude-code</code>). Download the bridge from this
        server, install it as a .NET tool, then start it; replace <code>{defaultWorkspace}</code>{' '}
        with the folder that holds your projects. If <code>baton-bridge</code> is not found, add{' '}
        <code>~/.dotnet/tools</code> to your <code>PATH</code>.
      </p>
      {bridgePackage.isPending && <p role="status">Looking up the bridge download…</p>}
      {bridgePackage.isError && (
        <p role="alert" className={styles.error}>
          The bridge download is not available: {bridgePackage.error.message}
        </p>
      )}
      {commands !== undefined && (
        <>
          <CopyField label="Download" value={commands.download} testId="bridge-download-command" />
          <CopyField label="Install" value={commands.install} testId="bridge-install-command" />
          <CopyField label="Start" value={commands.start} testId="bridge-start-command" />
        </>
      )}
    </Card>
  );
}

function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.copyField}>
      <span className={styles.copyLabel}>{label}</span>
      <code className={styles.copyValue} data-testid={testId}>
        {value}
      </code>
      <button
        type="button"
        aria-label={`Copy ${label.toLowerCase()}`}
        onClick={() => {
          void navigator.clipboard.writeText(value).then(() => {
            setCopied(true);
          });
        }}
      >
        {copied ? <Check size={14} aria-hidden="true" /> : <Copy size={14} aria-hidden="true" />}
      </button>
    </div>
  );
}
