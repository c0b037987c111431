using System.Text.RegularExpressions;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Commands;

/// <summary>The commands the French and Spanish help and usage answers show are read as the English ones they stand for.</summary>
public sealed partial class HelpCommandWordsTests
{
    private static IEnumerable<string> Paragraphs(Lang language) =>
        [.. HelpWords.Lines("", language), .. HelpWords.SecretariatLines("", files: true, language), .. HelpWords.ChampionLines("", language)];

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
    [InlineData(Lang.French, "historique OR-0042", "exporter csv 2027", "synthèse 2027", "priorités Afrique", "lacunes Afrique", "rôles", "priorités Océanie", "lacunes Océanie", "intention")]
    [InlineData(Lang.Spanish, "historial OR-0042", "exportar csv 2027", "resumen 2027", "prioridades África", "brechas África", "roles", "prioridades Oceanía", "brechas Oceanía", "intención")]
    public void The_Secretariat_and_champions_read_their_own_command_words(Lang language, params string[] expected)
    {
        var shown = Commands(language);
        foreach (var command in expected)
            Assert.Contains(command, shown);
        // The commands that have words in the language never show in English; grant, set status and import status have none, and "champions" is French too.
        Assert.DoesNotContain(shown, c => c.Split(' ')[0] is "history" or "export" or "summary" or "priorities" or "gaps");
    }

    [Theory]
    [InlineData("synthèse 2027", "summary 2027")]
    [InlineData("resumen 2027", "summary 2027")]
    [InlineData("priorités Afrique", "priorities Afrique")]
    [InlineData("prioridades África", "priorities África")]
    [InlineData("lacunes Océanie", "gaps Océanie")]
    [InlineData("brechas Oceanía", "gaps Oceanía")]
    [InlineData("exporter csv 2027", "export csv 2027")]
    [InlineData("exportar csv 2027", "export csv 2027")]
    [InlineData("historique OR-0042", "history OR-0042")]
    [InlineData("historial OR-0042", "history OR-0042")]
    [InlineData("rôles", "roles")]
    [InlineData("intención", "intention")]
    [InlineData("promotores Oceanía", "champions Oceanía")]
    public void Each_command_word_the_help_shows_is_read_as_its_English_command(string said, string english) =>
        Assert.Equal(CommandParser.Parse(english), CommandParser.Parse(said));

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
