using AttBot.Domain.Countries;
using AttBot.Domain.Priorities;
using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Priorities;

public sealed class GapFinderTests
{
    private static readonly IReadOnlyList<Country> Seed = SeedCountries.All;

    private static Country ByIso3(string iso3) => Seed.Single(c => c.Iso3 == iso3);

    private static readonly Dictionary<string, PriorityTier> Tiers = new()
    {
        ["AGO"] = PriorityTier.SignatoryJoiningSoon,     // signatory
        ["THA"] = PriorityTier.SignatoryComingYears,     // signatory
        ["MMR"] = PriorityTier.InclinedToJoin,           // neither
        ["IND"] = PriorityTier.Others,
    };

    [Fact]
    public void Tier_1_to_3_non_parties_without_planned_outreach_are_gaps_the_most_promising_first()
    {
        var gaps = GapFinder.Find(Seed, Tiers, iso3 => iso3 == "THA" ? 2 : 0, new Dictionary<string, DeclaredIntention>());

        Assert.Equal(["AGO", "MMR"], gaps.Select(g => g.Country.Iso3));
        Assert.Equal([PriorityTier.SignatoryJoiningSoon, PriorityTier.InclinedToJoin], gaps.Select(g => g.Tier));
    }

    [Fact]
    public void Unplaced_states_are_tier_4_and_never_gaps()
    {
        var gaps = GapFinder.Find(Seed, new Dictionary<string, PriorityTier>(), _ => 0, new Dictionary<string, DeclaredIntention>());

        Assert.Empty(gaps);
        Assert.Equal(PriorityTier.Others, GapFinder.TierOf(ByIso3("VNM"), Tiers));
    }

    [Fact]
    public void A_gap_carries_the_latest_declared_intention()
    {
        var intention = new DeclaredIntention(1, "AGO", new DateOnly(2025, 8, 25), "CSP11 general debate", "Accession bill before parliament", "Sam", DateTimeOffset.UnixEpoch);

        var gap = GapFinder.Find(Seed, Tiers, _ => 0, new Dictionary<string, DeclaredIntention> { ["AGO"] = intention })[0];

        Assert.Same(intention, gap.LatestIntention);
    }

    [Fact]
    public void Tiers_1_and_2_are_for_signatories_and_parties_need_no_tier()
    {
        var signatory = Seed.First(c => c.Status == TreatyStatus.Signatory);
        var neither = Seed.First(c => c.Status == TreatyStatus.None);
        var party = Seed.First(c => c.Status == TreatyStatus.Party);

        Assert.Null(GapFinder.Problem(signatory, PriorityTier.SignatoryJoiningSoon));
        Assert.Contains("has not signed", GapFinder.Problem(neither, PriorityTier.SignatoryComingYears));
        Assert.Null(GapFinder.Problem(neither, PriorityTier.InclinedToJoin));
        Assert.Contains("already a State Party", GapFinder.Problem(party, PriorityTier.Others));
    }

    [Theory]
    [InlineData("1", PriorityTier.SignatoryJoiningSoon)]
    [InlineData("tier 2", PriorityTier.SignatoryComingYears)]
    [InlineData("T3", PriorityTier.InclinedToJoin)]
    [InlineData("4", PriorityTier.Others)]
    [InlineData("5", null)]
    [InlineData("high", null)]
    public void Tiers_are_read_from_a_number(string text, PriorityTier? tier) => Assert.Equal(tier, PriorityWords.Parse(text));
}
