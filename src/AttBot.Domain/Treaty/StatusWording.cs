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
        _ => "Not a signatory",
    };

    public static string Describe(ConsentKind kind) => kind switch
    {
        ConsentKind.Ratification => "Ratification",
        ConsentKind.Acceptance => "Acceptance",
        ConsentKind.Approval => "Approval",
        _ => "Accession",
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
    public static string Region(Country country) =>
        country.IntermediateRegion is { } intermediate
            ? $"{country.Region} · {country.SubRegion} · {intermediate}"
            : $"{country.Region} · {country.SubRegion}";

    /// <summary>The whole answer as plain text: the fallback for clients that cannot show a card.</summary>
    public static string PlainText(Country country, DateOnly currentTo)
    {
        var lines = new List<string> { $"{country.Name}: {Describe(country.Status)}" };
        if (country.SignatureDate is { } signed)
            lines.Add($"Signed {Date(signed)}");
        if (Instrument(country) is { } instrument)
            lines.Add(instrument);
        if (country.EntryIntoForce is { } eif)
            lines.Add($"Entry into force {Date(eif)}");
        lines.Add(country.RegionalGroup is { } group ? $"Region: {Region(country)} ({group})" : $"Region: {Region(country)}");
        if (country.Notes is { } notes)
            lines.Add($"Note: {notes}");
        lines.Add($"Data current to {Date(currentTo)}");
        return string.Join("\n", lines);
    }
}
