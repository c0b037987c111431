using System.Text.Json.Nodes;
using AttBot.Domain.Commands;

namespace AttBot.Domain.Tests.Commands;

/// <summary>French and Spanish command words reach the same commands as the English ones.</summary>
public sealed class CommandWordsTests
{
    [Theory]
    [InlineData("statut Viet Nam", "Viet Nam")]
    [InlineData("Statut de la Malaisie", "la Malaisie")]
    [InlineData("statut d'Haïti", "Haïti")]
    [InlineData("quel est le statut du Mexique ?", "Mexique")]
    [InlineData("estado de Malasia", "Malasia")]
    [InlineData("estado Viet Nam", "Viet Nam")]
    [InlineData("¿cuál es el estado de Tonga?", "Tonga")]
    [InlineData("situación del Perú", "Perú")]
    public void Status_in_French_and_Spanish(string text, string country)
    {
        var command = Assert.IsType<BotCommand.Status>(CommandParser.Parse(text));
        Assert.Equal(country, command.CountryText);
    }

    [Theory]
    [InlineData("aide")]
    [InlineData("Ayuda")]
    [InlineData("bonjour !")]
    [InlineData("hola")]
    public void Help_in_French_and_Spanish(string text) => Assert.IsType<BotCommand.Help>(CommandParser.Parse(text));

    [Theory]
    [InlineData("inscrire", typeof(BotCommand.RegisterForm))]
    [InlineData("registrar", typeof(BotCommand.RegisterForm))]
    [InlineData("inscrire bilateral Tonga 2027-03-10", typeof(BotCommand.RegisterText))]
    [InlineData("démarches Tonga", typeof(BotCommand.OutreachFor))]
    [InlineData("demarches auprès de Tonga", typeof(BotCommand.OutreachFor))]
    [InlineData("gestiones ante Tonga", typeof(BotCommand.OutreachFor))]
    [InlineData("mes inscriptions", typeof(BotCommand.Mine))]
    [InlineData("mis registros", typeof(BotCommand.Mine))]
    [InlineData("région Océanie", typeof(BotCommand.Region))]
    [InlineData("región Oceanía", typeof(BotCommand.Region))]
    [InlineData("abonner alertes", typeof(BotCommand.SubscribeAlerts))]
    [InlineData("suscribir alertas", typeof(BotCommand.SubscribeAlerts))]
    [InlineData("désabonner alertes", typeof(BotCommand.UnsubscribeAlerts))]
    [InlineData("annuler OR-0042", typeof(BotCommand.Cancel))]
    [InlineData("cancelar OR-0042", typeof(BotCommand.Cancel))]
    [InlineData("historial Tonga", typeof(BotCommand.History))]
    [InlineData("carte Océanie", typeof(BotCommand.Map))]
    [InlineData("mapa", typeof(BotCommand.Map))]
    [InlineData("priorités", typeof(BotCommand.Priorities))]
    [InlineData("prioridades África", typeof(BotCommand.Priorities))]
    [InlineData("priorité Angola 1", typeof(BotCommand.Priority))]
    [InlineData("prioridad Angola", typeof(BotCommand.Priority))]
    [InlineData("lacunes Afrique", typeof(BotCommand.Gaps))]
    [InlineData("brechas", typeof(BotCommand.Gaps))]
    [InlineData("synthèse 2027", typeof(BotCommand.Summary))]
    [InlineData("resumen 2027", typeof(BotCommand.Summary))]
    [InlineData("exporter csv", typeof(BotCommand.Export))]
    [InlineData("exportar csv", typeof(BotCommand.Export))]
    [InlineData("rôles", typeof(BotCommand.ListRoles))]
    public void Other_commands_in_French_and_Spanish(string text, Type expected) =>
        Assert.IsType(expected, CommandParser.Parse(text));

    [Theory]
    [InlineData("Estados Unidos", "Estados Unidos")]
    [InlineData("Estado Plurinacional de Bolivia", "Plurinacional de Bolivia")]
    public void State_names_that_begin_like_a_command_word_still_ask_for_a_status(string text, string country) =>
        Assert.Equal(country, Assert.IsType<BotCommand.Status>(CommandParser.Parse(text)).CountryText);

    [Theory]
    [InlineData("status")]
    [InlineData("statut")]
    [InlineData("estado?")]
    public void Status_with_no_state_asks_which_one(string text) =>
        Assert.Equal("status", Assert.IsType<BotCommand.Usage>(CommandParser.Parse(text)).Command);

    [Theory]
    [InlineData("language fr", AttBot.Domain.Language.Language.French, false)]
    [InlineData("langue espagnol", AttBot.Domain.Language.Language.Spanish, false)]
    [InlineData("idioma inglés", AttBot.Domain.Language.Language.English, false)]
    [InlineData("language auto", null, true)]
    [InlineData("language", null, false)]
    public void A_person_chooses_the_language_of_the_answers(string text, AttBot.Domain.Language.Language? choice, bool auto)
    {
        var command = Assert.IsType<BotCommand.ChooseLanguage>(CommandParser.Parse(text));
        Assert.Equal((choice, auto, (string?)null), (command.Choice, command.Auto, command.Unknown));
    }

    [Fact]
    public void A_language_AttBot_does_not_write_is_kept_to_be_answered() =>
        Assert.Equal("pt", Assert.IsType<BotCommand.ChooseLanguage>(CommandParser.Parse("language pt")).Unknown);

    public static TheoryData<string> Languages => new() { "fr", "es" };

    /// <summary>The Teams command menu in French and Spanish sends its titles as typed: each must be the English title's command.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_title_of_the_translated_Teams_command_menu_is_understood_as_its_English_command(string tag)
    {
        var folder = Path.Combine(RepoRoot(), "manifests", "teams");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var translated = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, $"{tag}.json")))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            for (var c = 0; c < commands.Count; c++)
            {
                var english = commands[c]!["title"]!.GetValue<string>();
                var title = translated[$"bots[0].commandLists[{l}].commands[{c}].title"]!.GetValue<string>();
                // A menu click sends the title alone; with a state after it where the command takes one.
                Assert.Equal(CommandParser.Parse(english + " Tonga").GetType(), CommandParser.Parse(title + " Tonga").GetType());
                Assert.Equal(CommandParser.Parse(english).GetType(), CommandParser.Parse(title).GetType());
            }
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("No AttBot.sln above the tests.");
    }
}
