namespace AttBot.Domain.Countries;

/// <summary>What <see cref="CountryResolver"/> made of the text a person typed for a state.</summary>
public abstract record CountryResolution
{
    // Only the three cases below: a caller can switch over them exhaustively.
    private CountryResolution() { }

    /// <summary>The text names one state.</summary>
    public sealed record Found(Country Country) : CountryResolution;

    /// <summary>
    /// The text fits several states equally well ("Korea", "Congo"); every one of them, the likeliest first.
    /// <paramref name="Input"/> is the text as typed, without surrounding quotes, spaces or question marks.
    /// </summary>
    public sealed record Ambiguous(string Input, IReadOnlyList<Country> Candidates) : CountryResolution;

    /// <summary>
    /// The text names no state ("Atlantis"); up to three near spellings to offer instead, possibly none.
    /// <paramref name="Input"/> is the text as typed, without surrounding quotes, spaces or question marks.
    /// </summary>
    public sealed record Unknown(string Input, IReadOnlyList<Country> Suggestions) : CountryResolution
    {
        /// <summary>
        /// The text names a place that the UN Treaty Collection does not list as a participant ("Cook Islands",
        /// "Taiwan"): say so, rather than "I don't know it" with look-alike states.
        /// </summary>
        public bool NotAParticipant { get; init; }
    }
}
