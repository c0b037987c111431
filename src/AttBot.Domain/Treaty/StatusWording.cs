using System.Globalization;
using AttBot.Domain.Countries;

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
    public static string Headline(Country country, DateOnly today)
    {
        if (country.Status == TreatyStatus.Party && country.EntryIntoForce is { } eif && eif > today)
        {
            var deposited = country.ConsentDate is { } d ? $"{Deposited(country.ConsentKind)} {Date(d)} · " : "";
            return $"{deposited}State Party from {Date(eif)}";
        }
        if (country.Status == TreatyStatus.Signatory && StatusNotes.NoIntentionNotified(country) is { } notified)
            return $"Signatory; notified on {Date(notified)} that it does not intend to become a party";
        return Describe(country.Status);
    }

    private static string Deposited(ConsentKind? kind) => kind switch
    {
        ConsentKind.Ratification => "Ratified",
        ConsentKind.Acceptance => "Accepted",
        ConsentKind.Approval => "Approved",
        ConsentKind.Accession => "Acceded",
        _ => "Instrument deposited",
    };

    /// <summary>UN style: "3 June 2013". Culture-invariant so every reader sees the same date.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The instrument line: "Ratification deposited 3 June 2014", or what is known of it.</summary>
    public static string? Instrument(Country country) => (country.ConsentKind, country.ConsentDate) switch
    {
        ({ } kind, { } date) => $"{Describe(kind)} deposited {Date(date)}",
        ({ } kind, null) => $"{Describe(kind)} deposited (date not recorded)",
        (null, { } date) => $"Instrument deposited {Date(date)}",
        _ => null,
    };

    /// <summary>"Asia · South-eastern Asia", with the intermediate region where M49 has one.</summary>
    /// <summary>The status card's facts, Teams and Slack alike: signature, instrument, entry into force, region, UN regional group.</summary>
    public static List<(string Label, string Value)> Facts(Country country)
    {
        var facts = new List<(string, string)>();
        if (country.SignatureDate is { } signed)
            facts.Add(("Signed", Date(signed)));
        if (Instrument(country) is { } instrument)
            facts.Add(("Instrument", instrument));
        if (country.EntryIntoForce is { } eif)
            facts.Add(("Entry into force", Date(eif)));
        facts.Add(("Region", Region(country)));
        if (country.RegionalGroup is { } group)
            facts.Add(("UN regional group", group));
        return facts;
    }

    public static string Region(Country country) =>
        country.IntermediateRegion is { } intermediate
            ? $"{country.Region} · {country.SubRegion} · {intermediate}"
            : $"{country.Region} · {country.SubRegion}";

    /// <summary>The whole answer as plain text: the fallback for clients that cannot show a card.</summary>
    public static string PlainText(Country country, DateOnly currentTo)
    {
        var lines = new List<string> { $"{country.Name}: {Headline(country, currentTo)}" };
        if (country.SignatureDate is { } signed)
            lines.Add($"Signed {Date(signed)}");
        if (Instrument(country) is { } instrument)
            lines.Add(instrument);
        if (country.EntryIntoForce is { } eif)
            lines.Add($"Entry into force {Date(eif)}");
        lines.Add(country.RegionalGroup is { } group ? $"Region: {Region(country)} ({group})" : $"Region: {Region(country)}");
        lines.AddRange(StatusNotes.Sentences(country));
        lines.Add($"Data current to {Date(currentTo)}");
        return string.Join("\n", lines);
    }
}
