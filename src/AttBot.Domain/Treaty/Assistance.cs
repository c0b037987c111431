namespace AttBot.Domain.Treaty;

/// <summary>
/// The avenues of assistance the Working Group on Treaty Universalization points states on the way to joining
/// towards: the Voluntary Trust Fund and the Sponsorship Programme.
/// </summary>
public static class Assistance
{
    public const string VoluntaryTrustFund = "ATT Voluntary Trust Fund (VTF): projects that help prepare ratification and implementation";
    public const string SponsorshipProgramme = "ATT Sponsorship Programme: support to take part in ATT meetings";

    /// <summary>
    /// The avenues to mention for a state, or none. Signatories get them; so does any state that has declared its
    /// intention to join (<paramref name="declaredIntention"/>, recorded with the outreach priorities). A signatory
    /// that notified it does not intend to become a party (the United States) is on no way to joining: none.
    /// </summary>
    public static IReadOnlyList<string> AvenuesFor(Countries.Country country, bool declaredIntention = false) =>
        (country.Status == TreatyStatus.Signatory && StatusNotes.NoIntentionNotified(country) is null)
        || (declaredIntention && country.Status == TreatyStatus.None)
            ? [VoluntaryTrustFund, SponsorshipProgramme]
            : [];
}
