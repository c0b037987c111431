using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Status;

namespace AttBot.Host.Bots;

/// <summary>The regional picture and the Secretariat's status commands on Teams: hands each to the StatusDesk and renders the outcome.</summary>
public sealed class StatusDeskReplies(StatusDesk desk, StatusFiles files, CountryDirectory directory, Maps.MapDesk maps)
{
    public Activity Region(string? name) => desk.Region(name) switch
    {
        RegionLookup.World w => StatusReplies.CardMessage(WithMap(RegionCards.World(w.Figures, w.CurrentTo), null), "The Arms Trade Treaty worldwide"),
        RegionLookup.Found f => StatusReplies.CardMessage(WithMap(RegionCards.Region(f.Figures, f.Outreach, f.CurrentTo), f.Figures.Name),
            $"{f.Figures.Name}: {f.Figures.PartiesPercent}% States Parties, {f.Figures.SignatoriesPercent}% signatories"),
        RegionLookup.Unknown u => StatusReplies.CardMessage(RegionCards.UnknownRegion(u.Input, u.Suggestions), RegionCards.UnknownRegionText(u.Input, u.Suggestions)),
        _ => throw new InvalidOperationException("Unknown region lookup."),
    };

    private System.Text.Json.Nodes.JsonObject WithMap(System.Text.Json.Nodes.JsonObject card, string? region) =>
        maps.RegionMap(region) is var map ? MapCards.WithImage(card, map.Image, map.Caption.AltText) : card;

    public Activity SetStatus(Person person, BotCommand.SetStatus command) => desk.SetStatus(person, command) switch
    {
        StatusChangeOutcome.Changed c => StatusReplies.CardMessage(StatusEditCards.Changed(c.Before, c.After), $"{c.After.Name} updated"),
        StatusChangeOutcome.Refused r => OutreachReplies.Text(r.Reason),
        _ => throw new InvalidOperationException("Unknown status change outcome."),
    };

    /// <summary>"import status" with a file attached or CSV pasted after it; or a file sent on its own.</summary>
    public async Task<Activity> ImportAsync(Person person, string? pasted, Activity activity, CancellationToken cancellationToken)
    {
        if (!desk.CanEdit(person))
            return OutreachReplies.Text(StatusDesk.SecretariatOnly);
        string source, text;
        if (StatusFiles.FindFile(activity) is var (name, url))
        {
            var (downloaded, problem) = await files.DownloadAsync(url, cancellationToken);
            if (downloaded is null)
                return OutreachReplies.Text(problem!);
            (source, text) = (name, downloaded);
        }
        else if (pasted is not null)
            (source, text) = ("the pasted text", pasted);
        else
            return OutreachReplies.Text("Send me the UN Treaty Collection status page for XXVI-8 saved as HTML, or a CSV with its columns " +
                "(Participant, Signature, Ratification…), in our 1:1 chat; or type **import status** followed by the CSV lines.");
        return Render(desk.PreviewImport(person, source, text));
    }

    public AdaptiveCardInvokeResponse Decide(Person person, long importId, bool apply) =>
        desk.DecideImport(person, importId.ToString(System.Globalization.CultureInfo.InvariantCulture), apply) switch
        {
            ImportOutcome.Refused r => AdaptiveCardInvokeResponse.Message(r.Reason),
            var outcome => AdaptiveCardInvokeResponse.Card(CardOf(outcome)),
        };

    public Activity Decide(Person person, BotCommand.DecideImport command) => Render(desk.DecideImport(person, command.IdText, command.Apply));

    private Activity Render(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Refused r => OutreachReplies.Text(r.Reason),
        _ => StatusReplies.CardMessage(CardOf(outcome), "Status import"),
    };

    private JsonObject CardOf(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Preview p => StatusEditCards.Preview(p.Import.Id, p.Import.Source, p.Import.Diff, p.Import.AsAt, directory.CurrentTo),
        ImportOutcome.Applied a => StatusEditCards.Applied(a.Import.Id, a.Import.Source, a.Import.Diff, directory.CurrentTo),
        ImportOutcome.Discarded d => StatusEditCards.Discarded(d.Import.Id, d.Import.Source),
        _ => throw new InvalidOperationException("A refusal has no card."),
    };
}
