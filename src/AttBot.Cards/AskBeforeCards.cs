using System.Text.Json.Nodes;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;
using Fact = AttBot.Domain.Language.RegistrationCardWords.Fact;

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
        var text = AskBeforeLines.RegisteredBefore(earlier, shared, countryName, language);
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
                CommandButton(AskBeforeWords.ChangeInstead(earlier.PublicId, language), AskBeforeCommands.ChangeInstead(planned, earlier, key, typedText, InputLimits.Command)),
                CommandButton(AskBeforeWords.Discard(language), AskBeforeCommands.DiscardRegistration),
            ]);
    }

    /// <summary>
    /// The move command ready in a box the reader may edit before sending it (its id is the command's data key), and the
    /// buttons for what no command changes; those send their own command, never the box.
    /// </summary>
    public static JsonObject HowToChange(string publicId, string? moveCommand, IReadOnlyList<Fact>? differences, string? anywayCommand, Language language)
    {
        var text = AskBeforeLines.HowToChange(publicId, moveCommand, differences, language);
        return Card(text,
            [
                Heading(AskBeforeWords.ChangeHeading(publicId, language)),
                Text(text),
                .. moveCommand is null ? Array.Empty<JsonNode>()
                    : [new JsonObject { ["type"] = "Input.Text", ["id"] = CardData.Command, ["label"] = AskBeforeWords.Move(publicId, language), ["value"] = moveCommand }],
            ],
            [
                .. moveCommand is null ? Array.Empty<JsonObject>() : [new JsonObject { ["type"] = "Action.Submit", ["title"] = AskBeforeWords.Move(publicId, language) }],
                .. AskBeforeLines.HowToChangeButtons(publicId, moveCommand is not null, differences, anywayCommand, language).Select(b =>
                {
                    var button = CommandButton(b.Title, b.Command);
                    button["associatedInputs"] = "none";
                    return button;
                }),
            ]);
    }

    public static JsonObject ConfirmCancel(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        Confirm(AskBeforeWords.CancelHeading(plan.PublicId, language), AskBeforeLines.CancelQuestion(plan, countryName, language),
            null, AskBeforeCommands.ConfirmCancel(plan.PublicId), plan, language);

    public static JsonObject ConfirmDone(OutreachPlan plan, string findings, Func<string, string> countryName, Language language) =>
        Confirm(AskBeforeWords.DoneHeading(plan.PublicId, language), AskBeforeLines.DoneQuestion(plan, countryName, language),
            findings, AskBeforeCommands.ConfirmDone(plan.PublicId, findings), plan, language);

    private static JsonObject Confirm(string heading, string text, string? findings, string confirm, OutreachPlan plan, Language language) => Card(
        $"{heading} {text}",
        [
            Heading(heading),
            Text(text),
            .. findings is null ? Array.Empty<JsonNode>() : [Facts([(AskBeforeWords.Findings(language), findings)])],
        ],
        [CommandButton(AskBeforeWords.Confirm(language), confirm), CommandButton(AskBeforeWords.KeepIt(language), AskBeforeCommands.Keep(plan.PublicId))]);
}
