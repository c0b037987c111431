namespace AttBot.Domain.Priorities;

/// <summary>
/// A state's declared intention to join, as heard: "at the CSP11 general debate, 2025-08-25: accession bill before
/// parliament in 2026". Recorded by the Secretariat or a champion of the state's region.
/// </summary>
public sealed record DeclaredIntention(long Id, string Iso3, DateOnly DeclaredOn, string Where, string Statement, string RecordedBy, DateTimeOffset RecordedAt)
{
    public const int MaxWhereLength = Commands.InputLimits.IntentionWhere;
    public const int MaxStatementLength = Commands.InputLimits.IntentionStatement;
}
