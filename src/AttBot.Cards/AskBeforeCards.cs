using System.Text.Json.Nodes;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>
/// The questions asked before storing (Teams): each button is an Action.Submit whose command comes back as if typed,
/// so it is journaled and answered like the same words. SlackAskBefore lays out the same sentences as Block Kit.
/// </summary>
public static class AskBeforeCards
{
    public static JsonObject RegisteredBefore(OutreachPlan planned, OutreachPlan earlier, IReadOnlyList<string> shared, string typedText, string key,
        Func<string, string> countryName, Language language)
    {
        var text = RegisteredBeforeText(earlier, shared, countryName, language);
        var anyway = AskBeforeCommands.RegisterAnyway(key, typedText);
        // A command longer than one may type would be refused when clicked: it is typed as a line instead.
        var fits = anyway.Length <= InputLimits.Command;
        var typeIt = AskBeforeCommands.IsForm(typedText) ? AskBeforeWords.TypeFormAnyway("", language) : AskBeforeWords.TypeAnyway("", language);
        return Card($"{AskBeforeWords.AlreadyRegisteredHeading(language)} {text}",
            [
                Heading(AskBeforeWords.AlreadyRegisteredHeading(language)), Text(text),
                .. fits ? Array.Empty<JsonNode>() : [Text(typeIt, subtle: true)],
            ],
            [
                .. fits ? [CommandButton(AskBeforeWords.RegisterAnyway(language), anyway)] : Array.Empty<JsonObject>(),
                CommandButton(AskBeforeWords.ChangeInstead(earlier.PublicId, language), AskBeforeCommands.ChangeInstead(earlier.PublicId, planned.Window)),
                CommandButton(AskBeforeWords.Discard(language), AskBeforeCommands.DiscardRegistration),
            ]);
    }

    /// <summary>The move command ready in a box the reader may edit before sending it (its id is the command's data key).</summary>
    public static JsonObject HowToChange(string publicId, string moveCommand, Language language)
    {
        var text = AskBeforeWords.HowToChange(publicId, moveCommand, language);
        return Card(text,
            [
                Heading(AskBeforeWords.ChangeHeading(publicId, language)),
                Text(text),
                new JsonObject { ["type"] = "Input.Text", ["id"] = CardData.Command, ["label"] = AskBeforeWords.Move(publicId, language), ["value"] = moveCommand },
            ],
            [new JsonObject { ["type"] = "Action.Submit", ["title"] = AskBeforeWords.Move(publicId, language) }]);
    }

    public static JsonObject ConfirmCancel(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        Confirm(AskBeforeWords.CancelHeading(plan.PublicId, language), $"{NotYet(plan, countryName, language)} {AskBeforeWords.CancelQuestion(language)}",
            null, AskBeforeCommands.ConfirmCancel(plan.PublicId), plan, language);

    public static JsonObject ConfirmDone(OutreachPlan plan, string findings, Func<string, string> countryName, Language language) =>
        Confirm(AskBeforeWords.DoneHeading(plan.PublicId, language), $"{NotYet(plan, countryName, language)} {AskBeforeWords.DoneQuestion(language)}",
            findings, AskBeforeCommands.ConfirmDone(plan.PublicId, findings), plan, language);

    private static JsonObject Confirm(string heading, string text, string? findings, string confirm, OutreachPlan plan, Language language) => Card(
        $"{heading} {text}",
        [
            Heading(heading),
            Text(text),
            .. findings is null ? Array.Empty<JsonNode>() : [Facts([(AskBeforeWords.Findings(language), findings)])],
        ],
        [CommandButton(AskBeforeWords.Confirm(language), confirm), CommandButton(AskBeforeWords.KeepIt(language), AskBeforeCommands.Keep(plan.PublicId))]);

    internal static string RegisteredBeforeText(OutreachPlan earlier, IReadOnlyList<string> shared, Func<string, string> countryName, Language language) =>
        AskBeforeWords.AlreadyRegistered(earlier.PublicId, OutreachCards.StateLine(shared, countryName, language: language),
            RegistrationCardWords.Window(earlier.Window, language), language);

    internal static string NotYet(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        AskBeforeWords.NotYet(plan.PublicId, OutreachCards.StateLine(plan.Countries, countryName, plan.Region, language),
            RegistrationCardWords.Window(plan.Window, language), language);
}
