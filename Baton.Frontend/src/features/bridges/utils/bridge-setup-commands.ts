import type { BridgePackage } from '@/features/bridges/api/get-bridge-package';

export type BridgeSetupCommands = {
  download: string;
  install: string;
  start: string;
};

export type BridgeSetupInput = {
  // The address the bridge dials: the API's own, or the web app's when it forwards /api and /hubs.
  server: string;
  token: string;
  name: string;
  bridgePackage: Pick<BridgePackage, 'packageId' | 'fileName' | 'url'>;
  workspace?: string;
};

// The folder the package is saved in, which `dotnet tool` then reads as a package source.
export const packageFolder = '~/.baton';

export const defaultWorkspace = '~/code';

/**
 * The commands a person runs on the machine with their code: download the bridge from this server,
 * install it as a .NET tool (`update` installs it the first time and upgrades it later), start it.
 * NuGet finds a package in a folder only under its own file name, so the download keeps it.
 */
export function bridgeSetupCommands({
  server,
  token,
  name,
  bridgePackage,
  workspace = defaultWorkspace,
}: BridgeSetupInput): BridgeSetupCommands {
  const origin = server.replace(/\/+$/, '');
  return {
    download: `curl -fsSL --create-dirs -o ${packageFolder}/${bridgePackage.fileName} ${shellQuote(origin + bridgePackage.url)}`,
    install: `dotnet tool update --global --source ${packageFolder} ${bridgePackage.packageId}`,
    start: `baton-bridge --server ${shellQuote(origin)} --token ${shellQuote(token)} --workspace ${shellWord(workspace)} --name ${shellQuote(name)}`,
  };
}

// Quotes a value for a POSIX shell when it holds anything but plainly safe characters.
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

// A folder may start with ~/, which only works unquoted; the rest of it is quoted as needed.
function shellWord(folder: string): string {
  return folder.startsWith('~/') ? `~/${shellQuote(folder.slice(2))}` : shellQuote(folder);
}
