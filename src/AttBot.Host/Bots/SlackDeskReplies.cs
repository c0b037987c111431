using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Commands;
using AttBot.Domain.Reports;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using AttBot.Host.Status;

namespace AttBot.Host.Bots;

/// <summary>
/// Regions, the Secretariat's status keeping, roles, exports and priorities on Slack: the same desks as Teams
/// (StatusDeskReplies, ReportReplies, PriorityReplies), their outcomes rendered as Block Kit. No rule lives here.
/// </summary>
public sealed class SlackDeskReplies(StatusDesk status, RoleDesk roles, ExportDesk exports, PriorityDesk priorities, CountryDirectory directory, Maps.MapDesk maps)
{
    /// <summary>Slack sends no file to a slash command or a mention that the bot could read, so Slack takes pasted CSV only.</summary>
    public const string ImportHowTo = "Type **import status** followed by the CSV lines (Participant, Signature, Ratification…), pasted in the same message. " +
        "To import the UN Treaty Collection status page for XXVI-8 (HTML) or a CSV file, send the file to me in Teams.";

    public JsonObject Region(string? name) => status.Region(name) switch
    {
        RegionLookup.World w => WithMap(SlackRegions.World(w.Figures, w.CurrentTo), null),
        RegionLookup.Found f => WithMap(SlackRegions.Region(f.Figures, f.Outreach, f.CurrentTo), f.Figures.Name),
        RegionLookup.Unknown u => SlackRegions.UnknownRegion(u.Input, u.Suggestions),
        _ => throw new InvalidOperationException("Unknown region lookup."),
    };

    private JsonObject WithMap(JsonObject message, string? region) =>
        maps.RegionMap(region) is var map ? SlackMaps.WithImage(message, map.Image, map.Caption.AltText, map.Caption.Title) : message;

    public JsonObject SetStatus(Person person, BotCommand.SetStatus command) => status.SetStatus(person, command) switch
    {
        StatusChangeOutcome.Changed c => SlackStatusEdits.Changed(c.Before, c.After),
        StatusChangeOutcome.Refused r => Text(r.Reason),
        _ => throw new InvalidOperationException("Unknown status change outcome."),
    };

    /// <summary>"import status" and the pasted CSV lines; without them, how to import from Slack (and from Teams).</summary>
    public JsonObject Import(Person person, string? pasted)
    {
        if (!status.CanEdit(person))
            return Text(StatusDesk.SecretariatOnly);
        return pasted is null ? Text(ImportHowTo) : Render(status.PreviewImport(person, "the pasted text", pasted));
    }

    public JsonObject Decide(Person person, BotCommand.DecideImport command) => Render(status.DecideImport(person, command.IdText, command.Apply));

    private JsonObject Render(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Refused r => Text(r.Reason),
        ImportOutcome.Preview p => SlackStatusEdits.Preview(p.Import.Id, p.Import.Source, p.Import.Diff, p.Import.AsAt, directory.CurrentTo),
        ImportOutcome.Applied a => SlackStatusEdits.Applied(a.Import.Id, a.Import.Source, a.Import.Diff, directory.CurrentTo),
        ImportOutcome.Discarded d => SlackStatusEdits.Discarded(d.Import.Id, d.Import.Source),
        _ => throw new InvalidOperationException("Unknown import outcome."),
    };

    public JsonObject Grant(Person person, BotCommand.Grant command) => Text(roles.Grant(person, command.Role, command.Target));

    public JsonObject Revoke(Person person, BotCommand.Revoke command) => Text(roles.Revoke(person, command.Role, command.Target));

    public JsonObject Roles(Person person) => Text(roles.List(person));

    public JsonObject Champions(BotCommand.Champions command) => Text(roles.Champions(command.RegionText));

    public JsonObject Export(Person person, BotCommand.Export command) => exports.Export(person, command.Format, command.FilterText) switch
    {
        ExportOutcome.Ready ready => SlackReports.ExportReady(ready.Format == ExportFormat.Csv ? "CSV" : "calendar (.ics)",
            ready.Description, ready.Count, ready.Truncated, ready.FileName, ready.Link, ready.ExpiresAt),
        ExportOutcome.Refused refused => Text(refused.Reason),
        _ => throw new InvalidOperationException("Unknown export outcome."),
    };

    public JsonObject Summary(Person person, BotCommand.Summary command)
    {
        var (summary, refusal) = exports.Summary(person, command.PeriodText);
        return summary is null ? Text(refusal!) : SlackReports.Summary(summary, iso3 => directory.FindByIso3(iso3)?.Name ?? iso3);
    }

    public JsonObject Priority(Person person, BotCommand.Priority command) => Render(command.TierText is null
        ? priorities.Show(person, command.CountryText)
        : priorities.SetTier(person, command.CountryText, command.TierText));

    public JsonObject Intention(Person person, BotCommand.Intention command) =>
        Render(priorities.AddIntention(person, command.CountryText, command.DateText, command.Where, command.Statement));

    public JsonObject Priorities(Person person, BotCommand.Priorities command) => Render(priorities.Priorities(person, command.RegionText));

    public JsonObject Gaps(Person person, BotCommand.Gaps command) => Render(priorities.Gaps(person, command.RegionText, command.Days));

    private static JsonObject Render(PriorityOutcome outcome) => outcome switch
    {
        PriorityOutcome.Refused refused => Text(refused.Reason),
        PriorityOutcome.ForCountry c => SlackPriorities.ForCountry(c.Country, c.Tier, c.Intentions, c.Note),
        PriorityOutcome.Listing l => SlackPriorities.Listing(l.Scope, l.Rows.Select(r => (r.Country, r.Tier, r.LatestIntention, r.PlannedOutreach)).ToList(), l.Tier4Count, l.Days),
        PriorityOutcome.GapList g => SlackPriorities.Gaps(g.Scope, g.Gaps, g.Days, g.Pictures),
        _ => throw new InvalidOperationException("Unknown priority outcome."),
    };

    private static JsonObject Text(string markdown) => SlackReplies.Text(markdown);
}
