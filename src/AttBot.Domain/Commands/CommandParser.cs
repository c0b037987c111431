using System.Text.RegularExpressions;

namespace AttBot.Domain.Commands;

/// <summary>
/// Reads what a user typed into a command. Short and forgiving: "status Malaysia", "what is the status of Viet Nam?",
/// "Malaysia?" and "马来西亚" all ask for a status. Text that matches no command is taken as a country name,
/// so the resolver can say "I don't know X — did you mean ...".
/// </summary>
public static partial class CommandParser
{
    public const int MaxCommandLength = 500;

    public static BotCommand Parse(string? text)
    {
        var input = Normalize(text);
        if (input.Length == 0)
            return new BotCommand.Empty();
        if (HelpWords().IsMatch(input))
            return new BotCommand.Help();

        var status = StatusQuestion().Match(input);
        if (status.Success)
            return new BotCommand.Status(status.Groups["country"].Value.Trim());

        var trailing = TrailingStatus().Match(input);
        if (trailing.Success)
            return new BotCommand.Status(trailing.Groups["country"].Value.Trim());

        return new BotCommand.Status(input.TrimEnd('?', '？', '.', '!', ' ').Trim());
    }

    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length > MaxCommandLength ? collapsed[..MaxCommandLength] : collapsed;
    }

    [GeneratedRegex(@"^(help|\?|commands|hi|hello|hey|start|menu|what can you do\??)[.!? ]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpWords();

    // "status X", "status of X", "att status X", "what is the (att) status of X", "what's the status for X", "where does X stand".
    [GeneratedRegex(@"^(?:(?:what\s*(?:is|'s|’s)|whats|tell me|show(?: me)?|get|check)\s+)?(?:the\s+)?(?:att\s+|treaty\s+)?status(?:\s+(?:of|for|on))?\s+(?<country>.+?)[?？.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusQuestion();

    // "X status", "X att status?", "is X a party?", "where does X stand?"
    [GeneratedRegex(@"^(?:(?:is|has)\s+(?<country>.+?)\s+(?:a\s+)?(?:state\s+)?(?:party|signatory|signed|ratified|joined)(?:\s+(?:to\s+)?(?:the\s+)?(?:att|treaty|arms trade treaty))?|where\s+does\s+(?<country>.+?)\s+stand|(?<country>.+?)\s+(?:att\s+)?status)[?？.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingStatus();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
