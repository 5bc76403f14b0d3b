import { ErrorCodes } from '@/lib/realtime/contract.generated';
import { apiOrigin } from '@/lib/api-url';

export type ErrorExplanation = {
  // What happened, in a person's words.
  title: string;
  // What to do about it.
  advice: string;
};

function bridgeStartCommand(token: string, folder = '<folder with your code>'): string {
  return `baton-bridge --server ${apiOrigin()} --token ${token} --workspace ${folder}`;
}

/** Turns an error code of a hub call or a `chat:error` into words and a next step. */
export function explainError(code: string | undefined, detail = ''): ErrorExplanation {
  switch (code) {
    case ErrorCodes.bridgeUnavailable:
      return {
        title: 'The bridge for this project is offline.',
        advice: `Start it on the machine that has the code with ${bridgeStartCommand('<your bridge token>')} (the Bridges page creates a token and shows how to install baton-bridge; from a checkout of Baton, dotnet run --project Baton.Bridge -- takes the same options), then send your message again.`,
      };
    case ErrorCodes.bridgeDisconnected:
      return {
        title:
          'The bridge lost its connection while Claude Code was working, so this answer stopped.',
        advice: 'Check that the bridge is still running and online, then send your message again.',
      };
    case ErrorCodes.bridgeTimeout:
      return {
        title: 'The bridge did not answer in time.',
        advice: 'It may be busy or on a slow network. Try again in a moment.',
      };
    case ErrorCodes.bridgeBusy:
      return {
        title: 'The bridge is already running as many Claude Code sessions as it allows.',
        advice: 'Wait for another conversation to finish, or stop it, then send again.',
      };
    case ErrorCodes.cliNotFound:
      return {
        title: 'Claude Code is not installed on the bridge machine.',
        advice:
          'Install it there (npm install -g @anthropic-ai/claude-code), restart the bridge, and send again.',
      };
    case ErrorCodes.cliAuthFailed:
      return {
        title: 'Claude Code is not signed in on the bridge machine.',
        advice:
          'Run `claude` once on that machine and sign in (or give the bridge an ANTHROPIC_API_KEY), then send your message again.',
      };
    case ErrorCodes.cliFailed:
      return {
        title: 'Claude Code stopped with an error on the bridge machine.',
        advice: 'Try again. If it keeps happening, the bridge log has the details.',
      };
    case ErrorCodes.outsideRoot:
      return {
        title: "That path is outside the project's folder.",
        advice: "Baton only works inside the project's root directory; pick a file within it.",
      };
    case ErrorCodes.runInProgress:
      return {
        title: 'Claude Code is still answering the previous message.',
        advice: 'Wait for the answer to finish, or press Stop, then send again.',
      };
    case ErrorCodes.rateLimited:
      return {
        title: 'You are sending requests too quickly.',
        advice: 'Wait a moment and try again.',
      };
    case ErrorCodes.promptExpired:
      return {
        title: 'This permission request expired and was denied.',
        advice: 'Ask Claude Code again if you still want it done.',
      };
    case ErrorCodes.promptAlreadyAnswered:
      return {
        title: 'This permission request was already answered.',
        advice: 'It may have been answered in another tab; nothing more to do.',
      };
    case ErrorCodes.invalidAnswer:
      return {
        title: "Baton refused these answers: they do not answer Claude's questions.",
        advice: detail === '' ? 'Answer every question and submit again.' : detail,
      };
    case ErrorCodes.promptNotFound:
      return {
        title: 'This permission request no longer exists.',
        advice: 'The run it belonged to has ended.',
      };
    case ErrorCodes.fileTooLarge:
      return {
        title: 'The file is too large to show here.',
        advice: 'Open it on the bridge machine instead.',
      };
    case ErrorCodes.binaryFile:
      return {
        title: 'This is a binary file, which Baton does not show.',
        advice: 'Open it on the bridge machine instead.',
      };
    case ErrorCodes.notFound:
      return {
        title: 'It was not found.',
        advice: 'It may have been deleted, or it belongs to another account.',
      };
    case ErrorCodes.unauthorized:
      return { title: 'Your session has ended.', advice: 'Sign in again.' };
    case ErrorCodes.invalidRequest:
      return {
        title: 'Baton refused the request as invalid.',
        advice: detail === '' ? 'Check what you entered and try again.' : detail,
      };
    case ErrorCodes.bypassNotAllowed:
      return {
        title: "This project's bridge does not allow bypassing permissions.",
        advice: 'Choose another mode, or start the bridge with Claude:AllowBypass.',
      };
    case ErrorCodes.taskNotFound:
      return {
        title: 'That background task is not running any more.',
        advice: 'It may have ended already; its notice shows how.',
      };
    case ErrorCodes.internal:
      return {
        title: 'Something went wrong inside Baton.',
        advice: "Try again. If it keeps happening, the API's log has the details.",
      };
    default:
      return {
        title: detail === '' ? 'Something went wrong.' : detail,
        advice: 'Try again. If it keeps happening, check that the API and the bridge are running.',
      };
  }
}
