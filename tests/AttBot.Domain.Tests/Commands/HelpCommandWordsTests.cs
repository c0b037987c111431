using System.Text.RegularExpressions;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Commands;

/// <summary>The commands the French and Spanish help and usage answers show are read as the English ones they stand for.</summary>
public sealed partial class HelpCommandWordsTests
{
    private static IEnumerable<string> Paragraphs(Lang language) =>
        [.. HelpWords.Lines("", language), .. HelpWords.SecretariatLines("", files: true, language)];

    private static List<string> Commands(Lang language) =>
        [.. Paragraphs(language).SelectMany(p => Bold().Matches(p).Select(m => m.Groups[1].Value))];

    [Theory]
    [InlineData(Lang.French)]
    [InlineData(Lang.Spanish)]
    public void Every_command_the_help_shows_does_what_its_English_does(Lang language)
    {
        var english = Commands(Lang.English);
        var translated = Commands(language);

        Assert.Equal(english.Count, translated.Count);
        foreach (var (en, said) in english.Zip(translated))
            Assert.True(CommandParser.Parse(en).GetType() == CommandParser.Parse(said).GetType(),
                $"“{said}” is read as {CommandParser.Parse(said)}, “{en}” as {CommandParser.Parse(en)}");
    }

    [Theory]
    [InlineData("status", "status Viet Nam")]
    [InlineData("outreach", "outreach Tonga")]
    [InlineData("cancel", "cancel OR-0042")]
    [InlineData("done", "done OR-0042 met the legal adviser; accession bill expected in June")]
    [InlineData("move", "move OR-0042 2027-04-01..2027-04-03")]
    [InlineData("history", "history OR-0042 (or history Tonga)")]
    public void The_usage_examples_work_as_typed(string command, string example)
    {
        foreach (var language in new[] { Lang.French, Lang.Spanish })
        {
            var said = Bold().Matches(CommandSentences.Usage(new BotCommand.Usage(command, example), language)).Last().Groups[1].Value;
            var typed = said.Split(" (")[0];
            Assert.Equal(CommandParser.Parse(example.Split(" (")[0]).GetType(), CommandParser.Parse(typed).GetType());
        }
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
