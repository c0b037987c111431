using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Treaty;

public sealed class AssistanceTests
{
    [Fact]
    public void Signatories_are_pointed_to_the_trust_fund_and_the_sponsorship_programme()
    {
        var malaysia = SeedCountries.All.Single(c => c.Iso3 == "MYS");
        Assert.Equal([Assistance.VoluntaryTrustFund, Assistance.SponsorshipProgramme], Assistance.AvenuesFor(malaysia));
    }

    [Fact]
    public void Parties_get_no_pointer_and_other_states_only_once_they_declare_an_intention()
    {
        var france = SeedCountries.All.Single(c => c.Iso3 == "FRA");
        var tonga = SeedCountries.All.Single(c => c.Iso3 == "TON");
        Assert.Empty(Assistance.AvenuesFor(france, declaredIntention: true));
        Assert.Empty(Assistance.AvenuesFor(tonga));
        Assert.Equal(2, Assistance.AvenuesFor(tonga, declaredIntention: true).Count);
    }

    [Fact]
    public void A_signatory_that_notified_it_will_not_become_a_party_gets_no_pointer_to_joining()
    {
        var unitedStates = SeedCountries.All.Single(c => c.Iso3 == "USA");
        Assert.True(Assistance.NotifiedItWillNotJoin(unitedStates));
        Assert.Empty(Assistance.AvenuesFor(unitedStates));
        Assert.Empty(Assistance.AvenuesFor(unitedStates, declaredIntention: true));
    }
}
