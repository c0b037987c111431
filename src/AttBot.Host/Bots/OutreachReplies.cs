using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;

namespace AttBot.Host.Bots;

/// <summary>The outreach commands on Teams: hands each to the OutreachDesk and renders what comes back as a card.</summary>
public sealed class OutreachReplies(OutreachDesk desk, CountryDirectory directory)
{
    public JsonObject Form(Person person, RegistrationRequest? prefill = null, IReadOnlyList<RegistrationProblem>? problems = null) =>
        OutreachCards.RegistrationForm(prefill, problems ?? [], directory.Countries, directory.Regions.Names, desk.OrganizationOf(person));

    /// <summary>What a registration shows: the card for the place's readers, and the asker's full card when the readers may see less.</summary>
    public sealed record Confirmation(JsonObject Card, JsonObject? FullCard);

    /// <summary>Registers; returns what to show, or null when this activity had already been processed (a redelivery).</summary>
    /// <param name="reader">Who reads the answer where it was asked: the asker, or everyone in a shared place.</param>
    public async Task<Confirmation?> RegisterAsync(Person person, Viewer reader, RegistrationRequest request, IReadOnlyList<RegistrationProblem> parseProblems, string sourceKey, string? conversationId, bool answerRedelivery)
    {
        switch (await desk.RegisterAsync(person, request, parseProblems, sourceKey, conversationId))
        {
            case RegisterOutcome.Invalid invalid:
                return new(Form(person, invalid.Request, invalid.Problems), null);
            case RegisterOutcome.Registered { Result: var result }:
                if (result.AlreadyProcessed && !answerRedelivery)
                    return null;
                var asker = desk.ViewerOf(person);
                var full = OutreachCards.RegistrationConfirmation(result.Plan, result.Conflicts, asker, desk.CountryName);
                var plans = result.Conflicts.SelectMany(c => new[] { c.Earlier, c.Later }).Append(result.Plan).ToList();
                return reader.Members is null || plans.All(reader.CanSeeDetailsOf)
                    ? new(full, null)
                    : new(OutreachCards.RegistrationConfirmation(Audience.Redacted(result.Plan, reader), result.Conflicts, reader, desk.CountryName), full);
            default:
                throw new InvalidOperationException("Unknown registration outcome.");
        }
    }

    /// <summary>
    /// Registers from one line of text; null when this activity had already been processed (a redelivery: it was answered
    /// then), unless <paramref name="answerRedelivery"/> (a turn resumed after a restart, whose answer may never have gone).
    /// </summary>
    public async Task<(Activity Reply, Activity? Full)?> RegisterTextAsync(Person person, Viewer reader, BotCommand.RegisterText command, string sourceKey, string? conversationId,
        bool answerRedelivery = false)
    {
        var (request, problems) = RegistrationParser.Parse(command.Text);
        var confirmation = await RegisterAsync(person, reader, request, problems, sourceKey, conversationId, answerRedelivery);
        return confirmation is null ? null
            : (Message(confirmation.Card, "Outreach registration"), confirmation.FullCard is { } full ? Message(full, "Outreach registration") : null);
    }

    /// <summary>
    /// "outreach Tonga" for the place's readers; in a shared place, the readers who may see more get their own view of
    /// the same card (Teams' user-specific views).
    /// </summary>
    public Activity OutreachFor(Person person, Viewer reader, string command, string countryText, StatusReplies status) => desk.OutreachFor(countryText) switch
    {
        OutreachLookup.ForCountry found => Message(WithViews(OutreachCard(found, reader), person, reader, found.Plans, command), $"Outreach for {found.Country.Name}"),
        OutreachLookup.NotACountry { Resolution: var resolution } when resolution is not CountryResolution.Found => status.ForText(countryText),
        _ => throw new InvalidOperationException(),
    };

    private JsonObject OutreachCard(OutreachLookup.ForCountry found, Viewer reader) =>
        OutreachCards.OutreachList($"Outreach for {found.Country.Name}", found.Plans, reader, desk.CountryName,
            $"No outreach to {found.Country.Name} is registered. Type **register** to add yours.");

    public Activity Mine(Person person, Viewer reader, string command)
    {
        var plans = desk.Mine(person);
        return Message(WithViews(MineCard(plans, reader), person, reader, plans, command), "Your registrations");
    }

    private JsonObject MineCard(IReadOnlyList<OutreachPlan> plans, Viewer reader) =>
        OutreachCards.OutreachList("Your registrations", plans, reader, desk.CountryName, "You have not registered any outreach yet. Type **register** to start.");

    private JsonObject WithViews(JsonObject card, Person person, Viewer reader, IReadOnlyList<OutreachPlan> plans, string command) =>
        reader.Members is null ? card
            : ViewRefresh.Add(card, command, person.UserId, Audience.MaySeeMore(desk.ViewerOf(person), reader, plans).Select(v => v.UserId));

    /// <summary>
    /// A reader's own view of a card posted in a shared place (the refresh's invoke): the same command answered for
    /// <paramref name="viewer"/> alone. Only the read-only answers are shown again; null for anything else.
    /// </summary>
    public JsonObject? ViewFor(Viewer viewer, string command, string askedBy, string channelId) => CommandParser.Parse(command) switch
    {
        BotCommand.OutreachFor o when desk.OutreachFor(o.CountryText) is OutreachLookup.ForCountry found => OutreachCard(found, viewer),
        BotCommand.Mine => MineCard(desk.Mine(new Person(channelId, askedBy, null, "")), viewer),
        _ => null,
    };

    /// <param name="reader">Who reads the notice: the asker, or everyone where it was asked.</param>
    public Activity Change(Viewer reader, ChangeOutcome outcome, string verb)
    {
        switch (outcome)
        {
            case ChangeOutcome.Refused refused:
                return Text(refused.Reason);
            case ChangeOutcome.Changed changed:
                var text = ChangeText(changed, verb, reader, desk.CountryName);
                return Message(OutreachCards.Notice($"{changed.Plan.PublicId} {verb}", text), text);
            default:
                throw new InvalidOperationException();
        }
    }

    /// <summary>
    /// "OR-0042 moved: Tonga, 1–3 April 2027." with the overlaps it now has or no longer has, and whether their organizers
    /// are told (only when they are): the same words on every channel. A registration <paramref name="reader"/> may not
    /// see in detail is not named.
    /// </summary>
    public static string ChangeText(ChangeOutcome.Changed changed, string verb, Viewer reader, Func<string, string> countryName)
    {
        var plan = changed.Plan;
        var text = $"{plan.PublicId} {verb}: {string.Join(", ", plan.Countries.Select(countryName))}, {plan.Window}.";
        string Name(OutreachPlan other) => reader.CanSeeDetailsOf(other) ? other.PublicId : "another stakeholder's plan";
        string Names(IEnumerable<OutreachPlan> others) => string.Join(", ", others.Select(Name).Distinct());

        var twice = changed.Conflicts.Where(c => c.Kind == ConflictKind.AlreadyRegistered).Select(c => c.OtherThan(plan)).ToList();
        if (twice.Count > 0)
            text += $" ⚠ It now overlaps {Names(twice)}, by the same organizer.";
        if (plan.State == OutreachState.Cancelled)
        {
            if (changed.Overlaps.Count > 0)
                text += $" It could have duplicated {Names(changed.Overlaps.Select(o => o.Other))}.";
        }
        else
        {
            var now = changed.Overlaps.Where(o => o.Now).Select(o => o.Other).ToList();
            var left = changed.Overlaps.Where(o => o.Left).Select(o => o.Other).ToList();
            if (now.Count > 0)
                text += $" ⚠ It now overlaps {Names(now)}.";
            if (left.Count > 0)
                text += $" It no longer overlaps {Names(left)}.";
        }
        text += changed.OrganizersTold switch
        {
            0 => "",
            1 => " The other organizer is told.",
            var n => $" The {n} other organizers are told.",
        };
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
