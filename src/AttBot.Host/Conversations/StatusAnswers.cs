using System.Collections.Concurrent;
using System.Globalization;
using AttBot.Cards;
using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Host.Countries;
using AttBot.Host.Maps;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using AttBot.Host.Status;

namespace AttBot.Host.Conversations;

/// <summary>Where states and regions stand, the maps, and the Secretariat's keeping of the status table: each asked of its desk.</summary>
public sealed class StatusAnswers(CountryDirectory directory, PlannedOutreachFigures figures, PriorityDesk priorities, StatusDesk desk, StatusFiles files, MapDesk maps)
{
    public Reply ForText(string countryText) => directory.Resolve(countryText) switch
    {
        CountryResolution.Found found => StatusOf(found.Country),
        CountryResolution.Ambiguous ambiguous => new Reply.ChooseCountry(ambiguous.Input, ambiguous.Candidates),
        CountryResolution.Unknown unknown => new Reply.UnknownCountry(unknown.Input, unknown.Suggestions),
        _ => throw new InvalidOperationException("Unknown resolution."),
    };

    // The status answer is the bot's busiest, and it changes only when what it shows does: made once per state and set of
    // inputs, then shared by every turn that shows it (the renderers keep their card per answer, too). Nothing changes it.
    private readonly ConcurrentDictionary<string, Reply.Status> _answers = new(StringComparer.Ordinal);

    public Reply.Status StatusOf(Country country)
    {
        var planned = figures.PlannedSummary(country.Iso3);
        var declaredIntention = priorities.HasDeclaredIntention(country.Iso3);
        var currentTo = directory.CurrentTo;
        // The country record is replaced, never changed, when its status is edited or imported: the same instance is the same status.
        if (_answers.TryGetValue(country.Iso3, out var known) && ReferenceEquals(known.Country, country) && known.CurrentTo == currentTo
            && known.Planned == planned && known.DeclaredIntention == declaredIntention)
            return known;
        return _answers[country.Iso3] = new Reply.Status(country, currentTo, planned, declaredIntention);
    }

    /// <summary>A region's card or the world table; its map is drawn in the reader's language, so the language comes in here.</summary>
    public Reply Region(string? name, Domain.Language.Language language = Domain.Language.Language.English) => desk.Region(name) switch
    {
        RegionLookup.World w => new Reply.World(w.Figures, w.CurrentTo, Picture(maps.RegionMap(null, language))),
        RegionLookup.Found f => new Reply.Region(f.Figures, f.Outreach, f.CurrentTo, Picture(maps.RegionMap(f.Figures.Name, language))),
        RegionLookup.Unknown u => new Reply.UnknownRegion(u.Input, u.Suggestions),
        _ => throw new InvalidOperationException("Unknown region lookup."),
    };

    public Reply Map(Person person, string? text, Domain.Language.Language language = Domain.Language.Language.English) => maps.Map(person, text, language) switch
    {
        MapOutcome.Ready r => new Reply.Map(Picture(r), r.RegionName),
        MapOutcome.Refused refused => new Reply.Text(refused.Reason),
        _ => throw new InvalidOperationException("Unknown map outcome."),
    };

    private static MapPicture Picture(MapOutcome.Ready map) => new(map.Caption, map.Image);

    public Reply SetStatus(Person person, BotCommand.SetStatus command, Domain.Language.Language language) => desk.SetStatus(person, command, language) switch
    {
        StatusChangeOutcome.Changed c => new Reply.StatusChanged(c.Before, c.After),
        StatusChangeOutcome.Refused r => new Reply.Text(r.Reason),
        _ => throw new InvalidOperationException("Unknown status change outcome."),
    };

    /// <summary>"import status" with a file sent with it (Teams) or CSV lines pasted after it; without either, how to import.</summary>
    public async Task<Reply> ImportAsync(Turn turn, string? pasted, CancellationToken cancellationToken)
    {
        string source, text;
        if (turn.File is var (name, url))
        {
            var (downloaded, problem) = await files.DownloadAsync(url, turn.Language, cancellationToken);
            if (downloaded is null)
                return new Reply.Text(problem!);
            (source, text) = (name, downloaded);
        }
        else if (pasted is not null)
            (source, text) = (Domain.Language.StatusEditWords.PastedText, pasted);
        else
            return new Reply.ImportHowTo();
        return Of(desk.PreviewImport(turn.Person, source, text, turn.Language));
    }

    public Reply Decide(Person person, BotCommand.DecideImport command, Domain.Language.Language language) => Of(desk.DecideImport(person, command.IdText, command.Apply, language));

    /// <summary>A card button's apply or discard (Teams sends the import's number).</summary>
    public Reply Decide(Person person, long importId, bool apply) =>
        Of(desk.DecideImport(person, importId.ToString(CultureInfo.InvariantCulture), apply));

    private Reply Of(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Refused r => new Reply.Text(r.Reason),
        ImportOutcome.Preview p => new Reply.ImportPreview(p.Import.Id, p.Import.Source, p.Import.Diff, p.Import.AsAt, directory.CurrentTo),
        ImportOutcome.Applied a => new Reply.ImportApplied(a.Import.Id, a.Import.Source, a.Import.Diff, directory.CurrentTo),
        ImportOutcome.Discarded d => new Reply.ImportDiscarded(d.Import.Id, d.Import.Source),
        _ => throw new InvalidOperationException("Unknown import outcome."),
    };
}
