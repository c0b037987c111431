using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Tests.Countries;

namespace AttBot.Domain.Tests.Commands;

public sealed class RoleCommandTests
{
    private static readonly RegionDirectory Regions = new(SeedCountries.All);

    [Theory]
    [InlineData("grant champion Oceania <@U0123ABC>", Role.Champion, "Oceania <@U0123ABC>")]
    [InlineData("Grant Secretariat 29:abc", Role.Secretariat, "29:abc")]
    public void Grant_reads_the_role_and_keeps_the_rest_for_the_desk(string text, Role role, string target)
    {
        var grant = Assert.IsType<BotCommand.Grant>(CommandParser.Parse(text));
        Assert.Equal(role, grant.Role);
        Assert.Equal(target, grant.Target);
    }

    [Theory]
    [InlineData("grant")]
    [InlineData("grant admin <@U1>")]
    [InlineData("revoke champion")]
    public void A_grant_or_revoke_without_a_known_role_or_person_explains_itself(string text) =>
        Assert.Contains("champion Oceania", Assert.IsType<BotCommand.Usage>(CommandParser.Parse(text)).Example);

    [Fact]
    public void Roles_alone_lists_roles() => Assert.IsType<BotCommand.ListRoles>(CommandParser.Parse("roles"));

    [Fact]
    public void A_slack_mention_names_the_person_exactly_and_the_words_before_it_the_region()
    {
        var target = RoleTargetParser.Parse("South-eastern Asia <@U0123ABC|maria>", needsRegion: true, Regions);
        Assert.Equal("South-eastern Asia", target.Region!.Name);
        Assert.Equal(new UserReference.Mentioned("U0123ABC", "maria"), target.User);
    }

    [Fact]
    public void Without_a_mention_the_longest_region_is_taken_and_the_rest_is_the_person()
    {
        var target = RoleTargetParser.Parse("south eastern asia Maria Lopez", needsRegion: true, Regions);
        Assert.Equal("South-eastern Asia", target.Region!.Name);
        Assert.Equal(new UserReference.Typed("Maria Lopez"), target.User);
    }

    [Fact]
    public void An_unknown_region_is_reported_with_the_words_that_named_it()
    {
        var target = RoleTargetParser.Parse("Atlantis <@U1>", needsRegion: true, Regions);
        Assert.Null(target.Region);
        Assert.Equal("Atlantis", target.UnknownRegionText);
    }

    [Fact]
    public void A_secretariat_grant_needs_no_region() =>
        Assert.Equal(new RoleTarget(null, null, new UserReference.Typed("Sam Lee")), RoleTargetParser.Parse("Sam Lee", needsRegion: false, Regions));
}
