using System.Text;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// Slack's mrkdwn from the Markdown the Teams wording uses: **bold** becomes *bold*, *italic* becomes _italic_, and
/// &amp;, &lt; and &gt; are escaped so that echoed input can never become a link or a &lt;!channel&gt; ping.
/// </summary>
public static class Mrkdwn
{
    public static string From(string markdown)
    {
        var escaped = Escape(markdown);
        var text = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '*' && i + 1 < escaped.Length && escaped[i + 1] == '*')
            {
                text.Append('*');
                i++;
            }
            else
                text.Append(escaped[i] == '*' ? '_' : escaped[i]);
        }
        return text.ToString();
    }

    /// <summary>The three characters Slack asks apps to escape in any text it parses for links and mentions.</summary>
    public static string Escape(string text) => Domain.Language.DuplicationWords.SlackEscaped(text);

    /// <summary>Bold in mrkdwn, for text that carries no Markdown of its own.</summary>
    public static string Bold(string text) => $"*{Escape(text)}*";
}
