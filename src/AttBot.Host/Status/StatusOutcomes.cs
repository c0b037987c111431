using AttBot.Data.Store;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;

namespace AttBot.Host.Status;

/// <summary>The answer to "region …".</summary>
public abstract record RegionLookup
{
    public sealed record World(WorldFigures Figures, DateOnly CurrentTo) : RegionLookup;

    public sealed record Found(RegionFigures Figures, RegionOutreach Outreach, DateOnly CurrentTo) : RegionLookup;

    public sealed record Unknown(string Input, IReadOnlyList<string> Suggestions) : RegionLookup;
}

/// <summary>What became of "set status".</summary>
public abstract record StatusChangeOutcome
{
    public sealed record Changed(Country Before, Country After) : StatusChangeOutcome;

    /// <summary>Refused, with the reasons in words; nothing was stored.</summary>
    public sealed record Refused(string Reason) : StatusChangeOutcome;
}

/// <summary>What became of an import preview, apply or discard.</summary>
public abstract record ImportOutcome
{
    public sealed record Preview(PendingImport Import) : ImportOutcome;

    public sealed record Applied(PendingImport Import) : ImportOutcome;

    public sealed record Discarded(PendingImport Import) : ImportOutcome;

    public sealed record Refused(string Reason) : ImportOutcome;
}
