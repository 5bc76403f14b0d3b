import { describe, expect, it } from 'vitest';
import { bridgeSetupCommands, shellQuote } from './bridge-setup-commands';

const bridgePackage = {
  packageId: 'baton-bridge',
  fileName: 'baton-bridge.1.2.0.nupkg',
  url: '/api/downloads/baton-bridge.1.2.0.nupkg',
};

describe('bridgeSetupCommands', () => {
  it('downloads the package from the server under its own name, installs it from that folder and starts it', () => {
    const commands = bridgeSetupCommands({
      server: 'https://baton.example.com',
      token: 'brt_abc-123',
      name: 'laptop',
      bridgePackage,
    });

    expect(commands.download).toBe(
      'curl -fsSL --create-dirs -o ~/.baton/baton-bridge.1.2.0.nupkg https://baton.example.com/api/downloads/baton-bridge.1.2.0.nupkg',
    );
    expect(commands.install).toBe('dotnet tool update --global --source ~/.baton baton-bridge');
    expect(commands.start).toBe(
      'baton-bridge --server https://baton.example.com --token brt_abc-123 --workspace ~/code --name laptop',
    );
  });

  it('keeps a path the server is served under and drops a trailing slash', () => {
    const commands = bridgeSetupCommands({
      server: 'http://127.0.0.1:5173/baton/',
      token: 't',
      name: 'n',
      bridgePackage,
    });

    expect(commands.download).toContain(
      'http://127.0.0.1:5173/baton/api/downloads/baton-bridge.1.2.0.nupkg',
    );
    expect(commands.start).toContain('--server http://127.0.0.1:5173/baton --token');
  });

  it('quotes a name or folder with spaces or quotes so the shell passes it whole', () => {
    const commands = bridgeSetupCommands({
      server: 'https://baton.example.com',
      token: 't',
      name: "Ann's work laptop",
      bridgePackage,
      workspace: '~/my code',
    });

    expect(commands.start).toContain(`--workspace ~/'my code' --name 'Ann'\\''s work laptop'`);
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and quotes the rest', () => {
    expect(shellQuote('/home/ann/code')).toBe('/home/ann/code');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
  });
});
