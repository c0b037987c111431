namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// The registration form the ask-before tests submit twice, on Teams and on Slack alike: partners and notes that a
/// one-line registration would read otherwise (quotes, clause words, a date), and how its stored row must read.
/// </summary>
public static class AskedForm
{
    public const string Partners = "UNODA \"as observer\" with UNIDIR", Notes = "topic: restricted with Fiji note on 2027-01-01";

    /// <summary>The row of OR-0002 holding every field of the form, from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string StoredAsSecond(string start, string end) => $"""
        id = 2 AND organization = 'Mexico' AND kind = 'bilateral' AND starts_on = '{start}' AND ends_on = '{end}'
        AND topics LIKE '%accession%' AND topics LIKE '%implementation%' AND visibility = 'shared'
        AND partners = '{Partners}' AND notes = '{Notes}'
        """;
}
