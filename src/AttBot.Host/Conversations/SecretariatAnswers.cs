using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Reports;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;

namespace AttBot.Host.Conversations;

/// <summary>The Secretariat's exports, summaries, priorities and gaps: each asked of its desk, which decides who may.</summary>
public sealed class SecretariatAnswers(ExportDesk exports, PriorityDesk priorities)
{
    /// <summary>The file is written in the asker's language: its column names, kinds, topics and stages.</summary>
    public Reply Export(Person person, BotCommand.Export command, Domain.Language.Language language) => exports.Export(person, command.Format, command.FilterText, language) switch
    {
        ExportOutcome.Ready ready => new Reply.ExportReady(ready.Format, ready.Description, ready.Count,
            ready.Truncated, ready.FileName, ready.Link, ready.ExpiresAt),
        ExportOutcome.Refused refused => new Reply.Text(refused.Reason),
        _ => throw new InvalidOperationException("Unknown export outcome."),
    };

    public Reply Summary(Person person, BotCommand.Summary command, Domain.Language.Language language) => exports.Summary(person, command.PeriodText, language) switch
    {
        (null, var refusal) => new Reply.Text(refusal!),
        (var summary, _) => new Reply.Summary(summary),
    };

    public Reply Priority(Person person, BotCommand.Priority command, Domain.Language.Language language) => Of(command.TierText is null
        ? priorities.Show(person, command.CountryText, language)
        : priorities.SetTier(person, command.CountryText, command.TierText, language));

    public Reply Intention(Person person, BotCommand.Intention command, Domain.Language.Language language) =>
        Of(priorities.AddIntention(person, command.CountryText, command.DateText, command.Where, command.Statement, language));

    public Reply Priorities(Person person, BotCommand.Priorities command, Domain.Language.Language language) => Of(priorities.Priorities(person, command.RegionText, language));

    public Reply Gaps(Person person, BotCommand.Gaps command, Domain.Language.Language language) => Of(priorities.Gaps(person, command.RegionText, command.Days, language));

    private static Reply Of(PriorityOutcome outcome) => outcome switch
    {
        PriorityOutcome.Refused refused => new Reply.Text(refused.Reason),
        PriorityOutcome.ForCountry c => new Reply.Priority(c.Country, c.Tier, c.Intentions, c.Note),
        PriorityOutcome.Listing l => new Reply.Priorities(l.Scope, l.Rows.Select(r => (r.Country, r.Tier, r.LatestIntention, r.PlannedOutreach)).ToList(), l.Tier4Count, l.Days),
        PriorityOutcome.GapList g => new Reply.Gaps(g.Scope, g.Gaps, g.Days, g.Pictures),
        _ => throw new InvalidOperationException("Unknown priority outcome."),
    };
}
