using System.Globalization;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using Fact = AttBot.Domain.Language.StatusSentences.Fact;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Treaty;

/// <summary>How the bot says a status in words, the same on every channel.</summary>
public static class StatusWording
{
    public static string Describe(TreatyStatus status) => status switch
    {
        TreatyStatus.Party => "State Party",
        TreatyStatus.Signatory => "Signatory, not yet ratified",
        _ => "Neither signatory nor party",
    };

    public static string Describe(ConsentKind kind) => kind switch
    {
        ConsentKind.Ratification => "Ratification",
        ConsentKind.Acceptance => "Acceptance",
        ConsentKind.Approval => "Approval",
        _ => "Accession",
    };

    /// <summary>
    /// The status as a reader needs it today: "State Party"; "Acceded 20 November 2026 · State Party from
    /// 18 February 2027" while the treaty has not yet entered into force for the state (Article 22(2));
    /// "Signatory; notified on 18 July 2019 that it does not intend to become a party"; or the plain status.
    /// </summary>
    public static string Headline(Country country, DateOnly today, Lang language = Lang.English)
    {
        if (country.Status == TreatyStatus.Party && country.EntryIntoForce is { } eif && eif > today)
            return StatusSentences.NotYetInForce(country.ConsentKind, country.ConsentDate, eif, language);
        if (country.Status == TreatyStatus.Signatory && StatusNotes.NoIntentionNotified(country) is { } notified)
            return StatusSentences.SignatoryNotJoining(notified, language);
        return TreatyTerms.Status(country.Status, language);
    }

    /// <summary>UN style: "3 June 2013". Culture-invariant so every reader sees the same date.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The instrument line: "Ratification deposited 3 June 2014", or what is known of it.</summary>
    public static string? Instrument(Country country, Lang language = Lang.English) =>
        country.ConsentKind is null && country.ConsentDate is null ? null : StatusSentences.Instrument(country.ConsentKind, country.ConsentDate, language);

    /// <summary>The status card's facts, Teams and Slack alike: signature, instrument, entry into force, region, UN regional group.</summary>
    public static List<(string Label, string Value)> Facts(Country country, Lang language = Lang.English)
    {
        var facts = new List<(string, string)>();
        if (country.SignatureDate is { } signed)
            facts.Add((StatusSentences.Label(Fact.Signed, language), Formats.Date(signed, language)));
        if (Instrument(country, language) is { } instrument)
            facts.Add((StatusSentences.Label(Fact.Instrument, language), instrument));
        if (country.EntryIntoForce is { } eif)
            facts.Add((StatusSentences.Label(Fact.EntryIntoForce, language), Formats.Date(eif, language)));
        facts.Add((StatusSentences.Label(Fact.Region, language), Region(country, language)));
        if (country.RegionalGroup is { } group)
            facts.Add((StatusSentences.Label(Fact.RegionalGroup, language), PlaceNames.Region(group, language)));
        return facts;
    }

    /// <summary>"Asia · South-eastern Asia", with the intermediate region where M49 has one.</summary>
    public static string Region(Country country, Lang language = Lang.English) =>
        string.Join(" · ", new[] { country.Region, country.SubRegion, country.IntermediateRegion }.OfType<string>().Select(r => PlaceNames.Region(r, language)));

    /// <summary>The whole answer as plain text: the fallback for clients that cannot show a card.</summary>
    public static string PlainText(Country country, DateOnly currentTo, Lang language = Lang.English)
    {
        var lines = new List<string> { StatusSentences.Titled(PlaceNames.State(country, language), Headline(country, currentTo, language), language) };
        if (country.SignatureDate is { } signed)
            lines.Add(StatusSentences.PlainLine(Fact.Signed, Formats.Date(signed, language), language));
        if (Instrument(country, language) is { } instrument)
            lines.Add(instrument);
        if (country.EntryIntoForce is { } eif)
            lines.Add(StatusSentences.PlainLine(Fact.EntryIntoForce, Formats.Date(eif, language), language));
        var region = country.RegionalGroup is { } group ? $"{Region(country, language)} ({PlaceNames.Region(group, language)})" : Region(country, language);
        lines.Add(StatusSentences.PlainLine(Fact.Region, region, language));
        lines.AddRange(StatusNotes.Sentences(country, language));
        lines.Add(StatusSentences.CurrentTo(currentTo, language));
        return string.Join("\n", lines);
    }
}
