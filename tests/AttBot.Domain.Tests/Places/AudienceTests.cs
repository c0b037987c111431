using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Places;

public sealed class AudienceTests
{
    private static readonly Viewer Secretariat = new("msteams", "29:sam", Role.Secretariat);
    private static readonly Viewer Secretariat2 = new("msteams", "29:sue", Role.Secretariat);
    private static readonly Viewer Organizer = new(Alice.ChannelId, Alice.UserId, Role.Stakeholder);
    private static readonly Viewer Stakeholder = new(Bob.ChannelId, Bob.UserId, Role.Stakeholder);
    private static readonly Viewer ChampionOfTonga = new("msteams", "29:chloe", Role.Champion) { ChampionedStates = new HashSet<string> { "TON" } };
    private static readonly Viewer ChampionElsewhere = new("msteams", "29:carl", Role.Champion) { ChampionedStates = new HashSet<string> { "JAM" } };

    private static readonly OutreachPlan Restricted = Plan(1, W("2027-03-10"), Alice, visibility: Visibility.Restricted) with { Notes = "secret note", Partners = "UNRCPD" };
    private static readonly OutreachPlan Shared = Plan(2, W("2027-03-12"), Bob);

    private static readonly Place Channel = new(PlaceKind.Channel);

    [Fact]
    public void In_a_1_to_1_chat_the_asker_alone_reads_the_answer()
    {
        Assert.Same(Organizer, Audience.ReaderOf(Organizer, Place.Personal, [Stakeholder]));
        Assert.Same(Secretariat, Audience.ReaderOf(Secretariat, new Place(PlaceKind.Channel, SeenOnlyByAsker: true), null));
    }

    [Fact]
    public void A_channel_sees_a_restricted_record_only_when_every_member_may()
    {
        Assert.True(Audience.ReaderOf(Secretariat, Channel, [Secretariat2, Organizer, ChampionOfTonga]).CanSeeDetailsOf(Restricted));
        Assert.False(Audience.ReaderOf(Secretariat, Channel, [Secretariat2, Stakeholder]).CanSeeDetailsOf(Restricted));
        Assert.False(Audience.ReaderOf(Organizer, Channel, [ChampionElsewhere]).CanSeeDetailsOf(Restricted));
        Assert.True(Audience.ReaderOf(Organizer, Channel, [Stakeholder]).CanSeeDetailsOf(Shared));
    }

    [Fact]
    public void The_asker_counts_as_a_reader_even_when_the_roster_leaves_them_out()
    {
        Assert.False(Audience.ReaderOf(Stakeholder, Channel, [Secretariat]).CanSeeDetailsOf(Restricted));
        Assert.False(Audience.ReaderOf(Stakeholder, Channel, [Secretariat]).IsSecretariat);
    }

    [Fact]
    public void An_unknown_roster_sees_no_restricted_detail_and_is_no_secretariat()
    {
        var room = Audience.ReaderOf(Secretariat, Channel, null);

        Assert.False(room.CanSeeDetailsOf(Restricted));
        Assert.True(room.CanSeeDetailsOf(Shared));
        Assert.False(room.IsSecretariat);
        Assert.False(room.IsOrganizerOf(Restricted));
    }

    [Fact]
    public void A_room_is_secretariat_only_when_everyone_is_and_changes_nothing()
    {
        var all = Audience.ReaderOf(Secretariat, Channel, [Secretariat2]);
        Assert.True(all.IsSecretariat);
        Assert.True(Audience.ReceivesFullAlerts(Channel, all));
        Assert.False(all.CanChange(Restricted));
        Assert.False(Audience.ReceivesFullAlerts(Channel, Audience.ReaderOf(Secretariat, Channel, [ChampionOfTonga])));
    }

    [Fact]
    public void A_redacted_record_keeps_what_and_when_but_not_who_why_or_with_whom()
    {
        var redacted = Audience.Redacted(Restricted, Audience.ReaderOf(Secretariat, Channel, [Stakeholder]));

        Assert.Equal(Audience.AnotherStakeholder, redacted.Organizer.DisplayName);
        Assert.DoesNotContain("Ghana", redacted.Organization);
        Assert.Null(redacted.Notes);
        Assert.Null(redacted.Partners);
        Assert.Equal(Restricted.Window, redacted.Window);
        Assert.Equal(Restricted.Countries, redacted.Countries);
        Assert.False(Organizer.IsOrganizerOf(redacted));
        Assert.Same(Restricted, Audience.Redacted(Restricted, Organizer));
    }

    [Fact]
    public void Those_who_may_see_more_than_the_room_are_the_asker_and_the_entitled_members_only()
    {
        var room = Audience.ReaderOf(Organizer, Channel, [Stakeholder, Secretariat, ChampionOfTonga, ChampionElsewhere]);

        var more = Audience.MaySeeMore(Organizer, room, [Restricted, Shared]);

        Assert.Equal(["29:alice", "29:sam", "29:chloe"], more.Select(v => v.UserId));
        Assert.Empty(Audience.MaySeeMore(Organizer, room, [Shared]));
    }

    [Fact]
    public void Secretariat_material_is_private_and_everyday_answers_are_not()
    {
        Assert.True(Audience.IsPrivateMaterial(new BotCommand.History("Tonga")));
        Assert.True(Audience.IsPrivateMaterial(new BotCommand.Export(AttBot.Domain.Reports.ExportFormat.Csv, "")));
        Assert.True(Audience.IsPrivateMaterial(new BotCommand.Priorities(null)));
        Assert.True(Audience.IsPrivateMaterial(new BotCommand.ListRoles()));
        Assert.True(Audience.IsPrivateMaterial(new BotCommand.ImportStatus(null)));
        Assert.False(Audience.IsPrivateMaterial(new BotCommand.Status("Tonga")));
        Assert.False(Audience.IsPrivateMaterial(new BotCommand.OutreachFor("Tonga")));
    }
}
