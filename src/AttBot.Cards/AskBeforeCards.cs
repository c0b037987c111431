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
                CommandButton(AskBeforeWords.ChangeInstead(earlier.PublicId, language), ChangeCommand(planned, earlier, key, typedText, InputLimits.Command)),
                CommandButton(AskBeforeWords.Discard(language), AskBeforeCommands.DiscardRegistration),
            ]);
    }

    /// <summary>
    /// The move command ready in a box the reader may edit before sending it (its id is the command's data key), and the
    /// buttons for what no command changes; those send their own command, never the box.
    /// </summary>
    public static JsonObject HowToChange(string publicId, string? moveCommand, IReadOnlyList<Fact>? differences, string? anywayCommand, Language language)
    {
        var text = HowToChangeText(publicId, moveCommand, differences, language);
        return Card(text,
            [
                Heading(AskBeforeWords.ChangeHeading(publicId, language)),
                Text(text),
                .. moveCommand is null ? Array.Empty<JsonNode>()
                    : [new JsonObject { ["type"] = "Input.Text", ["id"] = CardData.Command, ["label"] = AskBeforeWords.Move(publicId, language), ["value"] = moveCommand }],
            ],
            [
                .. moveCommand is null ? Array.Empty<JsonObject>() : [new JsonObject { ["type"] = "Action.Submit", ["title"] = AskBeforeWords.Move(publicId, language) }],
                .. HowToChangeButtons(publicId, moveCommand is not null, differences, anywayCommand, language).Select(b =>
                {
                    var button = CommandButton(b.Title, b.Command);
                    button["associatedInputs"] = "none";
                    return button;
                }),
            ]);
    }

    /// <summary>What to send to move it, and what else differs and how to have it: Teams and Slack alike (<paramref name="move"/> as typed there).</summary>
    internal static string HowToChangeText(string publicId, string? move, IReadOnlyList<Fact>? differences, Language language)
    {
        if (differences is null)
            return AskBeforeWords.HowToChange(publicId, move ?? "", language);
        var sentences = new List<string>();
        if (move is not null)
            sentences.Add(AskBeforeWords.MoveTo(publicId, move, language));
        if (differences.Count > 0)
            sentences.Add(AskBeforeWords.DiffersIn(publicId, string.Join(", ", differences.Select(f => RegistrationCardWords.Label(f, language))), move is not null, language));
        else if (move is null)
            sentences.Add(AskBeforeWords.SameAsEarlier(publicId, language));
        return string.Join(" ", sentences);
    }

    /// <summary>Cancel the earlier one and register this one where more than the dates differ; register anyway or discard where nothing does.</summary>
    internal static IEnumerable<(string Title, string Command)> HowToChangeButtons(string publicId, bool datesDiffer, IReadOnlyList<Fact>? differences,
        string? anywayCommand, Language language)
    {
        if (differences is { Count: > 0 })
        {
            yield return (AskBeforeWords.CancelEarlier(publicId, language), AskBeforeCommands.Cancel(publicId));
            if (anywayCommand is not null)
                yield return (AskBeforeWords.RegisterThisOne(language), anywayCommand);
        }
        else if (differences is not null && !datesDiffer)
        {
            if (anywayCommand is not null)
                yield return (AskBeforeWords.RegisterAnyway(language), anywayCommand);
            yield return (AskBeforeWords.Discard(language), AskBeforeCommands.DiscardRegistration);
        }
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

    /// <summary>What differs is told when the button can carry what was asked about; otherwise the move to its dates.</summary>
    internal static string ChangeCommand(OutreachPlan planned, OutreachPlan earlier, string key, string typedText, int limit) =>
        AskBeforeCommands.ChangeInstead(earlier.PublicId, key, typedText) is { } carried && carried.Length <= limit
            ? carried : AskBeforeCommands.ChangeInstead(earlier.PublicId, planned.Window);

    internal static string RegisteredBeforeText(OutreachPlan earlier, IReadOnlyList<string> shared, Func<string, string> countryName, Language language) =>
        AskBeforeWords.AlreadyRegistered(earlier.PublicId, OutreachLines.StateLine(shared, countryName, language: language),
            RegistrationCardWords.Window(earlier.Window, language), language);

    internal static string NotYet(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        AskBeforeWords.NotYet(plan.PublicId, OutreachLines.StateLine(plan.Countries, countryName, plan.Region, language),
            RegistrationCardWords.Window(plan.Window, language), language);
}
