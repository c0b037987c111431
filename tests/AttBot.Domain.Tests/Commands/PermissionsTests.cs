using System.Runtime.CompilerServices;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Commands;

/// <summary>Who may run what: one table for every command, read before any desk is asked.</summary>
public sealed class PermissionsTests
{
    private static readonly Viewer Stakeholder = new("msteams", "29:stakeholder", Role.Stakeholder);
    private static readonly Viewer Secretariat = new("msteams", "29:secretariat", Role.Secretariat);
    private static readonly Viewer Champion = new("msteams", "29:champion", Role.Champion) { ChampionedStates = new HashSet<string> { "TON", "FJI" } };

    public static TheoryData<string> EveryKindOfCommand() =>
        [.. typeof(BotCommand).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(BotCommand))).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(EveryKindOfCommand))]
    public void Every_kind_of_command_says_who_may_run_it(string kind)
    {
        // Fails for a command added without an entry in Permissions.For: its switch throws.
        var command = (BotCommand)RuntimeHelpers.GetUninitializedObject(typeof(BotCommand).GetNestedType(kind)!);

        var (who, what) = Permissions.For(command);

        Assert.Equal(who == Allowed.Anyone, what is null);
    }

    [Theory]
    [InlineData("status Tonga")]
    [InlineData("register bilateral Tonga 2027-03-10 as Mexico")]
    [InlineData("outreach Tonga")]
    [InlineData("mine")]
    [InlineData("cancel OR-0042")]
    [InlineData("move OR-0042 2027-04-01..2027-04-03")]
    [InlineData("region Oceania")]
    [InlineData("map 2027-Q1 kind workshop")]
    [InlineData("champions")]
    [InlineData("calendar feed")]
    [InlineData("language fr")]
    [InlineData("help")]
    public void A_stakeholder_may_ask_what_everyone_may(string text) =>
        Assert.Null(Permissions.Refusal(CommandParser.Parse(text), Stakeholder, Lang.English));

    [Theory]
    [InlineData("subscribe alerts", "Only members of the ATT Secretariat can subscribe a conversation to alerts of possible duplications.")]
    [InlineData("unsubscribe alerts", "Only members of the ATT Secretariat can subscribe a conversation to alerts of possible duplications.")]
    [InlineData("history OR-0042", "Only members of the ATT Secretariat can see the history of records.")]
    [InlineData("export csv 2027", "Only members of the ATT Secretariat can export outreach.")]
    [InlineData("summary 2027-Q1", "Only members of the ATT Secretariat can see the period summary.")]
    [InlineData("set status Tonga party 2026-03-02", "Only members of the ATT Secretariat can change the status data.")]
    [InlineData("import status", "Only members of the ATT Secretariat can change the status data.")]
    [InlineData("apply import 3", "Only members of the ATT Secretariat can change the status data.")]
    [InlineData("grant champion Oceania @Maria", "Only members of the ATT Secretariat can grant or revoke roles.")]
    [InlineData("revoke secretariat @Sam", "Only members of the ATT Secretariat can grant or revoke roles.")]
    [InlineData("roles", "Only members of the ATT Secretariat can see who holds which role.")]
    [InlineData("priority Angola 1", "Only members of the ATT Secretariat can set a state's tier.")]
    [InlineData("priority Angola", "Priorities and declared intentions are for the ATT Secretariat and regional champions only.")]
    [InlineData("priorities Asia", "Priorities and declared intentions are for the ATT Secretariat and regional champions only.")]
    [InlineData("gaps", "Priorities and declared intentions are for the ATT Secretariat and regional champions only.")]
    public void A_stakeholder_is_refused_the_Secretariat_s_commands_with_what_they_asked_for(string text, string refusal) =>
        Assert.Equal(refusal, Permissions.Refusal(CommandParser.Parse(text), Stakeholder, Lang.English));

    [Theory]
    [InlineData("priority Angola")]
    [InlineData("priorities")]
    [InlineData("gaps Oceania 180")]
    [InlineData("intention Tonga 2025-08-25 at CSP11: accession bill in 2026")]
    public void A_champion_may_ask_for_priorities_which_the_desk_narrows_to_their_regions(string text) =>
        Assert.Null(Permissions.Refusal(CommandParser.Parse(text), Champion, Lang.English));

    [Theory]
    [InlineData("priority Angola 1")]
    [InlineData("history Tonga")]
    [InlineData("subscribe alerts")]
    [InlineData("export csv")]
    [InlineData("roles")]
    public void A_champion_is_refused_what_only_the_Secretariat_may_do(string text) =>
        Assert.NotNull(Permissions.Refusal(CommandParser.Parse(text), Champion, Lang.English));

    [Fact]
    public void The_Secretariat_may_run_every_command()
    {
        foreach (var kind in EveryKindOfCommand())
        {
            var command = (BotCommand)RuntimeHelpers.GetUninitializedObject(typeof(BotCommand).GetNestedType(kind)!);
            Assert.Null(Permissions.Refusal(command, Secretariat, Lang.English));
        }
    }

    [Fact]
    public void Settling_and_filtered_maps_are_the_Secretariat_s_and_refused_in_the_reader_s_language()
    {
        Assert.Null(Permissions.Refusal(Guarded.Settling, Secretariat, Lang.French));
        Assert.Equal("Seuls les membres du Secrétariat du TCA peuvent régler un double emploi possible.",
            Permissions.Refusal(Guarded.Settling, Champion, Lang.French));
        Assert.Equal("Solo los miembros de la Secretaría del TCA pueden representar las gestiones por período, tipo o tema. " +
            "Escriba **map** para el mundo o **map Oceania** para una región.", Permissions.Refusal(Guarded.FilteredMap, Stakeholder, Lang.Spanish));
    }

    [Fact]
    public void A_room_is_allowed_only_what_every_member_is() =>
        Assert.NotNull(Permissions.Refusal(CommandParser.Parse("roles"), Viewer.Room("msteams", [Secretariat, Stakeholder]), Lang.English));

    [Fact]
    public void Every_refusal_names_what_was_asked_for() =>
        Assert.Equal(Enum.GetValues<Guarded>().Length, Enum.GetValues<Guarded>().Select(g => PermissionWords.Refusal(g, Lang.English)).Distinct().Count());
}
