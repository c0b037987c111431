using AttBot.Domain.Outreach;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Outreach;

public sealed class ViewerTests
{
    public enum Who { Secretariat, Organizer, OtherStakeholder, OrganizerIdOnAnotherChannel, ChampionOfTonga, ChampionElsewhere }

    [Theory]
    [InlineData(Who.Secretariat, Visibility.Shared, true, true)]
    [InlineData(Who.Secretariat, Visibility.Restricted, true, true)]
    [InlineData(Who.Organizer, Visibility.Shared, true, true)]
    [InlineData(Who.Organizer, Visibility.Restricted, true, true)]
    [InlineData(Who.OtherStakeholder, Visibility.Shared, true, false)]
    [InlineData(Who.OtherStakeholder, Visibility.Restricted, false, false)]
    [InlineData(Who.OrganizerIdOnAnotherChannel, Visibility.Restricted, false, false)]
    [InlineData(Who.ChampionOfTonga, Visibility.Restricted, true, false)]
    [InlineData(Who.ChampionElsewhere, Visibility.Restricted, false, false)]
    [InlineData(Who.ChampionElsewhere, Visibility.Shared, true, false)]
    public void Who_may_see_details_and_change_a_plan(Who who, Visibility visibility, bool canSee, bool canChange)
    {
        var plan = Plan(1, W("2027-03-10"), Alice, visibility: visibility);
        var viewer = who switch
        {
            Who.Secretariat => new Viewer("msteams", "29:secretariat", Role.Secretariat),
            Who.Organizer => new Viewer(Alice.ChannelId, Alice.UserId, Role.Stakeholder),
            Who.OtherStakeholder => new Viewer(Bob.ChannelId, Bob.UserId, Role.Stakeholder),
            Who.ChampionOfTonga => new Viewer(Bob.ChannelId, Bob.UserId, Role.Champion) { ChampionedStates = new HashSet<string> { "FJI", "TON" } },
            Who.ChampionElsewhere => new Viewer(Bob.ChannelId, Bob.UserId, Role.Champion) { ChampionedStates = new HashSet<string> { "BRB", "JAM" } },
            _ => new Viewer("slack", Alice.UserId, Role.Stakeholder),
        };

        Assert.Equal(canSee, viewer.CanSeeDetailsOf(plan));
        Assert.Equal(canChange, viewer.CanChange(plan));
    }

    [Fact]
    public void Only_the_same_channel_and_user_is_the_organizer()
    {
        var plan = Plan(1, W("2027-03-10"), Alice);

        Assert.True(new Viewer(Alice.ChannelId, Alice.UserId, Role.Stakeholder).IsOrganizerOf(plan));
        Assert.False(new Viewer("slack", Alice.UserId, Role.Stakeholder).IsOrganizerOf(plan));
        Assert.False(new Viewer(Alice.ChannelId, "29:someone", Role.Secretariat).IsOrganizerOf(plan));
    }
}
