using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// The questions asked before storing, as Block Kit: the same sentences as AskBeforeCards, each button a command button
/// whose value is the command it stands for, read and journaled like the same words typed.
/// </summary>
public static class SlackAskBefore
{
    public static JsonObject RegisteredBefore(OutreachPlan planned, OutreachPlan earlier, IReadOnlyList<string> shared, string typedText, string key,
        string slashCommand, Func<string, string> countryName, Language language)
    {
        var heading = AskBeforeWords.AlreadyRegisteredHeading(language);
        var text = AskBeforeLines.RegisteredBefore(earlier, shared, countryName, language);
        var anyway = AskBeforeCommands.RegisterAnyway(key, typedText);
        // A cut line would register something else than what was typed: too long for a button, it is typed again instead.
        var fits = anyway.Length <= BlockKitLimits.ButtonValue;
        List<JsonObject> buttons =
        [
            .. fits ? [Button(AskBeforeWords.RegisterAnyway(language), Id(0), anyway, style: "primary")] : Array.Empty<JsonObject>(),
            Button(AskBeforeWords.ChangeInstead(earlier.PublicId, language), Id(1), AskBeforeCommands.ChangeInstead(planned, earlier, key, typedText, BlockKitLimits.ButtonValue)),
            Button(AskBeforeWords.Discard(language), Id(2), AskBeforeCommands.DiscardRegistration),
        ];
        return Message($"{heading} {text}",
        [
            Header(heading),
            Section(Mrkdwn.Escape(text)),
            .. fits ? Array.Empty<JsonObject>() : [Context(Mrkdwn.From(AskBeforeCommands.IsForm(typedText)
                ? AskBeforeWords.TypeFormAnyway(slashCommand + " ", language) : AskBeforeWords.TypeAnyway(slashCommand + " ", language)))],
            Actions(buttons),
        ]);
    }

    public static JsonObject HowToChange(string publicId, string? moveCommand, IReadOnlyList<RegistrationCardWords.Fact>? differences, string? anywayCommand,
        string slashCommand, Language language)
    {
        var text = AskBeforeLines.HowToChange(publicId, moveCommand is null ? null : $"{slashCommand} {moveCommand}", differences, language);
        var buttons = AskBeforeLines.HowToChangeButtons(publicId, moveCommand is not null, differences, anywayCommand, language)
            .Where(b => b.Command.Length <= BlockKitLimits.ButtonValue).Select((b, i) => Button(b.Title, Id(i), b.Command)).ToList();
        return Message(Plain(text),
        [
            Header(AskBeforeWords.ChangeHeading(publicId, language)),
            Section(Mrkdwn.From(text)),
            .. buttons.Count > 0 ? [Actions(buttons)] : Array.Empty<JsonObject>(),
        ]);
    }

    public static JsonObject ConfirmCancel(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        Confirm(AskBeforeWords.CancelHeading(plan.PublicId, language),
            AskBeforeLines.CancelQuestion(plan, countryName, language),
            null, AskBeforeCommands.ConfirmCancel(plan.PublicId), plan, language);

    public static JsonObject ConfirmDone(OutreachPlan plan, string findings, Func<string, string> countryName, Language language) =>
        Confirm(AskBeforeWords.DoneHeading(plan.PublicId, language),
            AskBeforeLines.DoneQuestion(plan, countryName, language),
            findings, AskBeforeCommands.ConfirmDone(plan.PublicId, findings), plan, language);

    private static JsonObject Confirm(string heading, string text, string? findings, string confirm, OutreachPlan plan, Language language) => Message(
        $"{heading} {text}",
        [
            Header(heading),
            Section(Mrkdwn.Escape(text)),
            .. findings is null ? Array.Empty<JsonObject>() : [Fields([(AskBeforeWords.Findings(language), findings)])],
            Actions([
                Button(AskBeforeWords.Confirm(language), Id(0), confirm, style: "primary"),
                Button(AskBeforeWords.KeepIt(language), Id(1), AskBeforeCommands.Keep(plan.PublicId)),
            ]),
        ]);

    private static string Id(int i) => SlackActions.WithSuffix(SlackActions.Command, i.ToString(CultureInfo.InvariantCulture));
}
