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
          const note = line => {
            diary.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
            if (diary.length > {{Kept}}) {
              diary.shift();
            }
          };
          Object.defineProperty(window, '__batonDiary', { value: diary });
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
              if (message.type === 6) {
                continue;
              }
              note(message.type === 1 ? `${direction} ${message.target}${call(message)} ${about(message.arguments)}`
                : message.type === 3 ? `${direction} completion #${message.invocationId}${message.error ? ` error: ${message.error}` : ''}`
                : `${direction} ${frame.slice(0, 200)}`);
            }
          };
          const call = message => message.invocationId === undefined ? '' : ` #${message.invocationId}`;
          // A streamed event by its seq and kind, a batch by its seqs: the text they carry would crowd the rest out.
          const about = ([first]) => first?.responses !== undefined
            ? `seq ${first.responses[0]?.seq}..${first.responses.at(-1)?.seq}`
            : first?.event?.kind !== undefined ? `seq ${first.seq} ${first.event.kind}`
            : JSON.stringify(first ?? null).slice(0, 160);
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
            told.AddRange(await ReadAsync(page));
        }

        return string.Join(Environment.NewLine, told);
    }

    /// <summary>A page stuck in a script cannot answer: its diary is then said to be unreadable, not waited for.</summary>
    private static async Task<string[]> ReadAsync(IPage page)
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
