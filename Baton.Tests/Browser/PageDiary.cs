using Microsoft.Playwright;

namespace Baton.Tests.Browser;

/// <summary>
/// What a page of the web app said and heard, kept in the page for a failed step to tell: each realtime frame it sent
/// or received (the hub method or event, a call's completion and its error, a close), each socket opened and closed,
/// and what it warned of on its console. A failure that is a message never sent, a call refused or an event never
/// delivered then shows which, where the screenshot only shows a tab still waiting.
/// </summary>
public static class PageDiary
{
    /// <summary>How many of the latest entries each page keeps and a failure tells.</summary>
    private const int Kept = 120;

    /// <summary>
    /// Added to every page before its own scripts, as the browser's own script (the page's Content-Security-Policy does
    /// not apply to it). It wraps the WebSocket class so the hub's sockets note their frames: SignalR's JSON protocol
    /// separates frames with U+001E; pings are left out.
    /// </summary>
    public static readonly string InitScript = $$"""
        (() => {
          const diary = [];
          const now = () => new Date().toISOString().slice(11, 23);
          const note = line => {
            diary.push(`${now()} ${line}`);
            if (diary.length > {{Kept}}) {
              diary.shift();
            }
          };
          Object.defineProperty(window, '__batonDiary', { value: diary });
          // Streamed events that follow one another share one entry (their count, seqs and kinds): the many deltas
          // of an answer would crowd everything else out.
          let streamed = null;
          const noteStreamed = responses => {
            if (streamed === null || diary.at(-1) !== streamed.line) {
              streamed = { since: now(), first: responses[0]?.seq, frames: 0, kinds: new Set() };
              note('');
            }
            streamed.frames += 1;
            streamed.last = responses.at(-1)?.seq;
            responses.forEach(response => streamed.kinds.add(response.event?.kind));
            streamed.line = `${streamed.since}–${now()} ← ${streamed.frames} streamed frames, seq ${streamed.first}..${streamed.last} (${[...streamed.kinds].join(', ')})`;
            diary[diary.length - 1] = streamed.line;
          };
          const describe = (direction, data) => {
            if (typeof data !== 'string') {
              note(`${direction} ${data.byteLength ?? data.size} binary bytes`);
              return;
            }
            for (const frame of data.split('\x1e').filter(frame => frame !== '')) {
              let message;
              try {
                message = JSON.parse(frame);
              } catch {
                message = {};
              }
              const [first] = message.arguments ?? [];
              if (message.type === 6) {
                continue;
              } else if (message.target === 'chat:stream-batch') {
                noteStreamed(first.responses);
              } else if (message.target === 'chat:stream-response') {
                noteStreamed([first]);
              } else if (message.type === 1) {
                const call = message.invocationId === undefined ? '' : ` #${message.invocationId}`;
                note(`${direction} ${message.target}${call} ${JSON.stringify(first ?? null).slice(0, 160)}`);
              } else if (message.type === 3) {
                note(`${direction} completion #${message.invocationId}${message.error ? ` error: ${message.error}` : ''}`);
              } else {
                note(`${direction} ${frame.slice(0, 200)}`);
              }
            }
          };
          const NativeWebSocket = window.WebSocket;
          window.WebSocket = class extends NativeWebSocket {
            constructor(url, protocols) {
              super(url, protocols);
              this.hub = String(url).includes('/hubs/');
              if (this.hub) {
                note(`socket opening ${String(url).replace(/access_token=[^&]*/, 'access_token=…')}`);
                this.addEventListener('open', () => note('socket open'));
                this.addEventListener('message', event => describe('←', event.data));
                this.addEventListener('close', event => note(`socket closed ${event.code} ${event.reason}`));
              }
            }
            send(data) {
              if (this.hub) {
                describe('→', data);
              }
              super.send(data);
            }
          };
          for (const level of ['warn', 'error']) {
            const write = console[level];
            console[level] = (...args) => {
              note(`console.${level} ${args.map(String).join(' ')}`);
              write.apply(console, args);
            };
          }
          window.addEventListener('error', event => note(`error ${event.message}`));
          window.addEventListener('unhandledrejection', event => note(`unhandled rejection ${event.reason}`));
        })();
        """;

    /// <summary>Every open page of the context with its diary: the step that failed may have waited on another tab.</summary>
    public static async Task<string> ReadAsync(IBrowserContext context)
    {
        var told = new List<string>();
        foreach (var page in context.Pages)
        {
            told.Add($"--- page {page.Url} ---");
            told.AddRange(await ReadLinesAsync(page));
        }

        return string.Join(Environment.NewLine, told);
    }

    /// <summary>The page's diary, oldest first. A page stuck in a script cannot answer: its diary is then said to be unreadable, not waited for.</summary>
    public static async Task<string[]> ReadLinesAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string[]>("() => window.__batonDiary ?? []").WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            return [$"(the diary could not be read: {exception.Message})"];
        }
    }
}
