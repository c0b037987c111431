using AttBot.Data.Store;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;

namespace AttBot.Host.Outreach;

/// <summary>What became of a registration attempt.</summary>
public abstract record RegisterOutcome
{
    /// <summary>Something to fix: the request comes back whole, so the user never types it again.</summary>
    public sealed record Invalid(RegistrationRequest Request, IReadOnlyList<RegistrationProblem> Problems) : RegisterOutcome;

    public sealed record Registered(RegistrationResult Result) : RegisterOutcome;

    /// <summary>
    /// Not stored: it looks like <paramref name="Earlier"/>, the person's own live registration (the same states, windows
    /// close by: <see cref="ConflictKind.AlreadyRegistered"/>), and they are asked first. <paramref name="Planned"/> is
    /// what would be stored.
    /// </summary>
    public sealed record LooksRegistered(OutreachPlan Planned, OutreachPlan Earlier, IReadOnlyList<string> SharedCountries) : RegisterOutcome;
}

/// <summary>What became of a change to a registration (cancel, done, move).</summary>
public abstract record ChangeOutcome
{
    /// <param name="Conflicts">The plan's conflicts after the change, of every kind (a move's; none after a cancellation or done).</param>
    public sealed record Changed(OutreachPlan Plan, IReadOnlyList<Conflict> Conflicts) : ChangeOutcome
    {
        /// <summary>The possible duplications the plan was or is part of, before and after the change.</summary>
        public IReadOnlyList<ChangedOverlap> Overlaps { get; init; } = [];

        /// <summary>How many organizers of those other registrations are told (the bot has a conversation with them).</summary>
        public int OrganizersTold { get; init; }
    }

    /// <summary>Refused, with the reason to tell the user; never reveals what the user may not see.</summary>
    public sealed record Refused(string Reason) : ChangeOutcome;
}

/// <summary>The outreach to one state, or why there is no answer.</summary>
public abstract record OutreachLookup
{
    public sealed record ForCountry(Country Country, IReadOnlyList<OutreachPlan> Plans) : OutreachLookup;

    public sealed record NotACountry(CountryResolution Resolution) : OutreachLookup;
}
