using System.Text;

namespace Baton.Bridge.Git;

/// <summary>
/// Git's way of writing a path that holds a quote, a backslash or a control character: in double
/// quotes with C escapes, bytes over 127 as octal (<c>core.quotePath=false</c> keeps UTF-8 as it is).
/// </summary>
internal static class GitPath
{
    /// <summary>The path a quoted value stands for; a value that is not quoted is the path itself.</summary>
    public static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"')
        {
            return value;
        }

        var bytes = new List<byte>();
        for (var at = 1; at < value.Length && value[at] != '"'; at++)
        {
            if (value[at] != '\\' || at + 1 >= value.Length)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[at].ToString()));
                continue;
            }

            var escaped = value[++at];
            if (escaped is >= '0' and <= '7' && at + 2 < value.Length)
            {
                bytes.Add(Convert.ToByte(value.Substring(at, 3), 8));
                at += 2;
                continue;
            }

            bytes.Add(escaped switch
            {
                'a' => 7,
                'b' => 8,
                't' => 9,
                'n' => 10,
                'v' => 11,
                'f' => 12,
                'r' => 13,
                _ => (byte)escaped,
            });
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>How many characters the quoted path at the start of <paramref name="value"/> takes, quotes included; 0 when it never closes.</summary>
    public static int QuotedLength(string value)
    {
        for (var at = 1; at < value.Length; at++)
        {
            if (value[at] == '\\')
            {
                at++;
            }
            else if (value[at] == '"')
            {
                return at + 1;
            }
        }

        return 0;
    }
}
