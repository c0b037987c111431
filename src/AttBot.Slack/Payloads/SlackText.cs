using System.Text.RegularExpressions;

namespace AttBot.Slack.Payloads;

/// <summary>
/// Slack's message and command text back to what the person typed. Slack sends mentions, channels and links as
/// "&lt;@U0123|maria&gt;", "&lt;#C0123|general&gt;", "&lt;https://…|label&gt;", and escapes the &amp;, &lt; and &gt; that were typed.
/// Commands are read from the typed form; a grant or revoke keeps its person mentions, which name someone exactly.
/// </summary>
public static partial class SlackText
{
    /// <summary>The text as typed: "@maria", "#general", links as their label or address; <paramref name="removeUser"/>'s mention dropped.</summary>
    public static string Readable(string text, string? removeUser = null) => Rewrite(text, keepUserMentions: false, removeUser);

    /// <summary>As <see cref="Readable"/>, but person mentions stay "&lt;@U0123|maria&gt;" for RoleTargetParser.</summary>
    public static string WithUserMentions(string text, string? removeUser = null) => Rewrite(text, keepUserMentions: true, removeUser);

    private static string Rewrite(string text, bool keepUserMentions, string? removeUser)
    {
        var rewritten = Token().Replace(text, m =>
        {
            var body = m.Groups["body"].Value;
            var bar = body.IndexOf('|');
            var (target, label) = bar < 0 ? (body, null) : (body[..bar], body[(bar + 1)..]);
            return target[..Math.Min(1, target.Length)] switch
            {
                "@" when removeUser is not null && target[1..] == removeUser => " ",
                "@" => keepUserMentions ? m.Value : "@" + (label ?? target[1..]),
                "#" => "#" + (label ?? target[1..]),
                "!" => label ?? "@" + target[1..],
                _ => label ?? target,
            };
        });
        return rewritten.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
    }

    [GeneratedRegex(@"<(?<body>[^<>\s][^<>]*)>")]
    private static partial Regex Token();
}
