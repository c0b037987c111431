namespace AttBot.Domain.Treaty;

/// <summary>
/// The avenues of assistance the Working Group on Treaty Universalization points states on the way to joining
/// towards: the Voluntary Trust Fund and the Sponsorship Programme.
/// </summary>
public static class Assistance
{
    public const string VoluntaryTrustFund = "ATT Voluntary Trust Fund (VTF): projects that help prepare ratification and implementation";
    public const string SponsorshipProgramme = "ATT Sponsorship Programme: support to take part in ATT meetings";

    /// <summary>The heading above the avenues, the same on every channel.</summary>
    public const string Heading = "Assistance on the way to joining, as the Working Group recommends";

    /// <summary>
    /// The avenues to mention for a state, or none. Signatories get them; so does any state that has declared its
    /// intention to join (<paramref name="declaredIntention"/>, recorded with the outreach priorities). A signatory
    /// that has notified the depositary that it does not intend to become a party (the United States, 2019) is not
    /// on the way to joining: pointing it to assistance for joining would misstate its position.
    /// </summary>
    public static IReadOnlyList<string> AvenuesFor(Countries.Country country, bool declaredIntention = false,
        Language.Language language = Language.Language.English) =>
        (country.Status == TreatyStatus.Signatory || (declaredIntention && country.Status == TreatyStatus.None)) && !NotifiedItWillNotJoin(country)
            ? [Language.StatusSentences.VoluntaryTrustFund(language), Language.StatusSentences.SponsorshipProgramme(language)]
            : [];

    /// <summary>The status table records such a notification in the state's notes, as the UN Treaty Collection does.</summary>
    public static bool NotifiedItWillNotJoin(Countries.Country country) => StatusNotes.NoIntentionNotified(country) is not null;
}
