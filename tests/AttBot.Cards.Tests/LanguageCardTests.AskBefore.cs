using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>The questions asked before storing, and the help of each role, in every language on Teams and Slack.</summary>
public sealed partial class LanguageCardTests
{
    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> AskBeforeRenderings(Lang language)
    {
        string Named(string iso3) => PlaceNames.State(EveryCard.ByIso3(iso3), language);
        var earlier = AnaTonga;
        var planned = AnaTonga with { Id = 0, Window = new DateWindow(new DateOnly(2027, 3, 11), new DateOnly(2027, 3, 13)) };
        const string typed = "bilateral Tonga 2027-03-11..2027-03-13 topic accession";
        var key = AskBeforeCommands.KeyOf("msteams|activity-1");
        // Too long to ride on a Slack button: typed again by hand instead.
        var long_ = typed + " note " + new string('x', 1990);

        yield return ("registered before", AskBeforeCards.RegisteredBefore(planned, earlier, ["TON"], typed, key, Named, language), false);
        yield return ("slack registered before", SlackAskBefore.RegisteredBefore(planned, earlier, ["TON"], typed, key, "/att", Named, language), true);
        yield return ("slack registered before, long line", SlackAskBefore.RegisteredBefore(planned, earlier, ["TON"], long_, key, "/att", Named, language), true);
        // A form too long for any button: typed again as a line instead, on Teams as on Slack.
        var longForm = AskBeforeCommands.FormPrefix + new string('A', InputLimits.Command);
        yield return ("registered before, long form", AskBeforeCards.RegisteredBefore(planned, earlier, ["TON"], longForm, key, Named, language), false);
        yield return ("slack registered before, long form", SlackAskBefore.RegisteredBefore(planned, earlier, ["TON"], longForm, key, "/att", Named, language), true);
        var move = AskBeforeCommands.Move(earlier.PublicId, planned.Window);
        var anyway = AskBeforeCommands.RegisterAnyway(key, typed);
        RegistrationCardWords.Fact[] differences = [RegistrationCardWords.Fact.States, RegistrationCardWords.Fact.Partners, RegistrationCardWords.Fact.Notes];
        foreach (var (name, moving, differing) in new (string, string?, RegistrationCardWords.Fact[]?)[]
        {
            ("how to change", move, null), ("how to change, dates", move, []), ("how to change, dates and more", move, differences),
            ("how to change, more", null, differences), ("how to change, nothing differs", null, []),
        })
        {
            yield return (name, AskBeforeCards.HowToChange(earlier.PublicId, moving, differing, anyway, language), false);
            yield return ("slack " + name, SlackAskBefore.HowToChange(earlier.PublicId, moving, differing, anyway, "/att", language), true);
        }
        yield return ("confirm cancel", AskBeforeCards.ConfirmCancel(PitaOceania, Named, language), false);
        yield return ("slack confirm cancel", SlackAskBefore.ConfirmCancel(PitaOceania, Named, language), true);
        // Findings are shown as typed, in whatever language: the samples' notes stand for them.
        yield return ("confirm done", AskBeforeCards.ConfirmDone(earlier, PitaOceania.Notes!, Named, language), false);
        yield return ("slack confirm done", SlackAskBefore.ConfirmDone(earlier, PitaOceania.Notes!, Named, language), true);
        yield return ("help, Secretariat", AttBotCards.Help(language, forSecretariat: true), false);
        yield return ("slack help, Secretariat", SlackMessages.Help("/att", language, forSecretariat: true), true);
        yield return ("help, champion", AttBotCards.Help(language, forChampions: true), false);
        yield return ("slack help, champion", SlackMessages.Help("/att", language, forChampions: true), true);
    }

    [Theory]
    [InlineData(Lang.English, "Did you already register this?", "Register anyway", "Change OR-0040 instead", "Discard")]
    [InlineData(Lang.French, "L’avez-vous déjà inscrite\u00A0?", "L’inscrire quand même", "Modifier OR-0040 à la place", "Abandonner")]
    [InlineData(Lang.Spanish, "¿Ya la había registrado?", "Registrarla de todos modos", "Modificar OR-0040 en su lugar", "Descartar")]
    public void The_duplicate_question_offers_three_buttons_whose_commands_stay_English(Lang language, string heading, string anyway, string change, string discard)
    {
        var planned = AnaTonga with { Id = 0 };
        var card = AskBeforeCards.RegisteredBefore(planned, AnaTonga, ["TON"], "bilateral Tonga 2027-03-10", "0123456789abcdef", CountryName, language);
        var actions = card["actions"]!.AsArray().Select(a => (Title: a!["title"]!.GetValue<string>(), Command: a["data"]!["command"]!.GetValue<string>())).ToList();

        Assert.Equal(heading, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal([(anyway, "register anyway #0123456789abcdef bilateral Tonga 2027-03-10"), (change, "change OR-0040 #0123456789abcdef bilateral Tonga 2027-03-10"),
            (discard, "discard registration")], actions);
        var slack = SlackAskBefore.RegisteredBefore(planned, AnaTonga, ["TON"], "bilateral Tonga 2027-03-10", "0123456789abcdef", "/att", CountryName, language);
        Assert.Equal(actions.Select(a => a.Command), slack["blocks"]!.AsArray().Last()!["elements"]!.AsArray().Select(e => e!["value"]!.GetValue<string>()));
    }
}
