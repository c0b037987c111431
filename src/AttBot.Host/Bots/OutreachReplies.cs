using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;

namespace AttBot.Host.Bots;

/// <summary>The outreach commands on Teams: hands each to the OutreachDesk and renders what comes back as a card.</summary>
public sealed class OutreachReplies(OutreachDesk desk, CountryDirectory directory, OutboxSignal outbox)
{
    public JsonObject Form(Person person, RegistrationRequest? prefill = null, IReadOnlyList<RegistrationProblem>? problems = null) =>
        OutreachCards.RegistrationForm(prefill, problems ?? [], directory.Countries, directory.Regions.Names, desk.OrganizationOf(person));

    /// <summary>Registers; returns the card to show, or null when this activity had already been processed (a redelivery).</summary>
    public async Task<JsonObject?> RegisterAsync(Person person, RegistrationRequest request, IReadOnlyList<RegistrationProblem> parseProblems, string sourceKey, string? conversationId, bool answerRedelivery)
    {
        switch (await desk.RegisterAsync(person, request, parseProblems, sourceKey, conversationId))
        {
            case RegisterOutcome.Invalid invalid:
                return Form(person, invalid.Request, invalid.Problems);
            case RegisterOutcome.Registered { Result: var result }:
                if (result.Conflicts.Count > 0)
                    outbox.Notify();
                if (result.AlreadyProcessed && !answerRedelivery)
                    return null;
                return OutreachCards.RegistrationConfirmation(result.Plan, result.Conflicts, desk.ViewerOf(person), desk.CountryName);
            default:
                throw new InvalidOperationException("Unknown registration outcome.");
        }
    }

    /// <summary>
    /// Registers from one line of text; null when this activity had already been processed (a redelivery: it was answered
    /// then), unless <paramref name="answerRedelivery"/> (a turn resumed after a restart, whose answer may never have gone).
    /// </summary>
    public async Task<Activity?> RegisterTextAsync(Person person, BotCommand.RegisterText command, string sourceKey, string? conversationId, bool answerRedelivery = false)
    {
        var (request, problems) = RegistrationParser.Parse(command.Text);
        var card = await RegisterAsync(person, request, problems, sourceKey, conversationId, answerRedelivery);
        return card is null ? null : Message(card, "Outreach registration");
    }

    public Activity OutreachFor(Person person, string countryText, StatusReplies status) => desk.OutreachFor(countryText) switch
    {
        OutreachLookup.ForCountry found => Message(OutreachCards.OutreachList($"Outreach for {found.Country.Name}", found.Plans, desk.ViewerOf(person), desk.CountryName,
            $"No outreach to {found.Country.Name} is registered. Type **register** to add yours."), $"Outreach for {found.Country.Name}"),
        OutreachLookup.NotACountry { Resolution: var resolution } when resolution is not CountryResolution.Found => status.ForText(countryText),
        _ => throw new InvalidOperationException(),
    };

    public Activity Mine(Person person) => Message(
        OutreachCards.OutreachList("Your registrations", desk.Mine(person), desk.ViewerOf(person), desk.CountryName,
            "You have not registered any outreach yet. Type **register** to start."),
        "Your registrations");

    public Activity Change(ChangeOutcome outcome, string verb)
    {
        switch (outcome)
        {
            case ChangeOutcome.Refused refused:
                return Text(refused.Reason);
            case ChangeOutcome.Changed changed:
                if (changed.NewConflicts.Count > 0)
                    outbox.Notify();
                var text = ChangeText(changed, verb, desk.CountryName);
                return Message(OutreachCards.Notice($"{changed.Plan.PublicId} {verb}", text), text);
            default:
                throw new InvalidOperationException();
        }
    }

    /// <summary>"OR-0042 moved: Tonga, 1–3 April 2027." and any new overlap: the same words on every channel.</summary>
    public static string ChangeText(ChangeOutcome.Changed changed, string verb, Func<string, string> countryName)
    {
        var text = $"{changed.Plan.PublicId} {verb}: {string.Join(", ", changed.Plan.Countries.Select(countryName))}, {changed.Plan.Window}.";
        if (changed.NewConflicts.Count > 0)
            text += $" ⚠ It now overlaps {string.Join(", ", changed.NewConflicts.Select(c => (c.Earlier.Id == changed.Plan.Id ? c.Later : c.Earlier).PublicId))}; the other organizers are told.";
        return text;
    }

    public Activity SetOrganization(Person person, string? name) => Text(OrganizationAnswer(person, name));

    /// <summary>Shows or sets who the person acts for, and says so: the same words on every channel.</summary>
    public string OrganizationAnswer(Person person, string? name)
    {
        if (name is null)
            return desk.OrganizationOf(person) is { } current
                ? $"You act for **{current}**. To change it: **organization <name>**."
                : "I don't know who you act for yet. Tell me with **organization <name>**, e.g. *organization Mexico*.";
        if (name.Length > RegistrationRules.MaxOrganizationLength)
            return $"Please keep the organization under {RegistrationRules.MaxOrganizationLength} characters.";
        desk.SetOrganization(person, name);
        return $"Noted: you act for **{name.Trim()}**. Your next registrations will say so.";
    }

    public static Activity Message(JsonObject card, string summary) => StatusReplies.CardMessage(card, summary);

    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
