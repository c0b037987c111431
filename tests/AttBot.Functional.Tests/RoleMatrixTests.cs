using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// Every command × every role, through the real pipeline, with a restricted registration for Tonga present: who is
/// allowed, who is refused (and then nothing changes), and that nobody outside the organizer, the Secretariat and the
/// champions of Oceania ever reads the restricted registration's organizer, organization, partners or notes.
/// </summary>
public sealed class RoleMatrixTests() : ChatTestBase(new() { ["Roles:Secretariat:0"] = "29:sam" })
{
    public enum Who { Stakeholder, ChampionOfOceania, ChampionOfCaribbean, Secretariat, Organizer }

    private enum Allowed { Everyone, OrganizerAndSecretariat, Secretariat }

    private static readonly Dictionary<Who, (string Id, string Name)> People = new()
    {
        [Who.Stakeholder] = ("29:stan", "Stan Holder"),
        [Who.ChampionOfOceania] = ("29:chloe", "Chloe Champion"),
        [Who.ChampionOfCaribbean] = ("29:carl", "Carl Caribbean"),
        [Who.Secretariat] = ("29:sam", "Sam Secretariat"),
        [Who.Organizer] = ("29:olga", "Olga Organizer"),
    };

    /// <summary>What only the entitled may read of OR-0001, the restricted registration.</summary>
    private static readonly string[] RestrictedDetail = ["Olga Organizer", "Secret Partner State", "UNRCPD", "confidential-note-text"];

    /// <summary>Each command, who may use it, and a piece of the answer that shows it was done.</summary>
    private static readonly Dictionary<string, (string Text, Allowed Allowed, string Done)> Commands = new()
    {
        ["status"] = ("status Tonga", Allowed.Everyone, "Tonga"),
        ["outreach"] = ("outreach Tonga", Allowed.Everyone, "Outreach for Tonga"),
        ["mine"] = ("mine", Allowed.Everyone, "Your registrations"),
        ["register"] = ($"register call Tonga {Day(31)} as Someone Else's Office", Allowed.Everyone, "Registered OR-0003"),
        ["cancel"] = ("cancel OR-0001", Allowed.OrganizerAndSecretariat, "OR-0001 cancelled"),
        ["move"] = ($"move OR-0001 {Day(33)}", Allowed.OrganizerAndSecretariat, "OR-0001 moved"),
        ["done"] = ("done OR-0001 met the minister", Allowed.OrganizerAndSecretariat, "OR-0001 recorded as done"),
        ["subscribe"] = ("subscribe alerts", Allowed.Secretariat, "Alerts on"),
        ["history of a registration"] = ("history OR-0001", Allowed.Secretariat, "History of OR-0001"),
        ["history of a state"] = ("history Tonga", Allowed.Secretariat, "History of Tonga"),
        ["grant"] = ("grant champion Polynesia <@29:nina|Nina New>", Allowed.Secretariat, "Done: **Nina New** is now regional champion"),
        ["revoke"] = ("revoke champion Oceania <@29:chloe|Chloe Champion>", Allowed.Secretariat, "Done: **Chloe Champion** is no longer"),
        ["roles"] = ("roles", Allowed.Secretariat, "**Regional champions**"),
        ["settle (card button)"] = ("conflict.coordinated", Allowed.Secretariat, "Marked coordinated"),
    };

    public static TheoryData<string, Who> EveryCommandByEveryRole()
    {
        var data = new TheoryData<string, Who>();
        foreach (var command in Commands.Keys)
            foreach (var who in Enum.GetValues<Who>())
                data.Add(command, who);
        return data;
    }

    private static bool MaySee(Who who) => who is Who.Organizer or Who.Secretariat or Who.ChampionOfOceania;

    private static bool MayUse(Allowed allowed, Who who) => allowed switch
    {
        Allowed.Everyone => true,
        Allowed.OrganizerAndSecretariat => who is Who.Organizer or Who.Secretariat,
        _ => who == Who.Secretariat,
    };

    /// <summary>Two champions, OR-0001 restricted by Olga, OR-0002 shared by Otto overlapping it (conflict 1).</summary>
    private async Task Setting()
    {
        var (samId, samName) = People[Who.Secretariat];
        Assert.Contains("Done", Shown(await Say(samId, samName, "grant champion Oceania <@29:chloe|Chloe Champion>")));
        Assert.Contains("Done", Shown(await Say(samId, samName, "grant champion Caribbean <@29:carl|Carl Caribbean>")));
        Assert.Contains("Registered OR-0001", Shown(await Say("29:olga", "Olga Organizer",
            $"register visit Tonga {Day(30)} with UNRCPD restricted as Secret Partner State note confidential-note-text")));
        Assert.Contains("Registered OR-0002", Shown(await Say("29:otto", "Otto Other", $"register call Tonga {Day(30)} as Open Office")));
        await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:olga") + "/activities")); // Olga's heads-up
    }

    private async Task<string> Run(string command, Who who)
    {
        var (id, name) = People[who];
        var text = Commands[command].Text;
        return command.StartsWith("settle", StringComparison.Ordinal)
            ? await Click(id, name, text, new JsonObject { ["conflictId"] = 1 })
            : Shown(await Say(id, name, text));
    }

    [Theory]
    [MemberData(nameof(EveryCommandByEveryRole))]
    public async Task Each_command_is_allowed_or_refused_by_role_and_restricted_detail_stays_with_the_entitled(string command, Who who)
    {
        await Setting();
        var changesBefore = CountRows("audit_log");

        var reply = await Run(command, who);

        var (_, allowed, done) = Commands[command];
        if (MayUse(allowed, who))
        {
            Assert.Contains(done, reply);
            Assert.DoesNotContain("Only ", reply);
        }
        else
        {
            Assert.Contains(allowed == Allowed.Secretariat ? "Only members of the ATT Secretariat" : "Only the organizer of OR-0001 or the ATT Secretariat", reply);
            Assert.Equal(changesBefore, CountRows("audit_log"));
        }
        if (!MaySee(who))
            foreach (var detail in RestrictedDetail)
                Assert.DoesNotContain(detail, reply);
    }

    [Theory]
    [InlineData(Who.Stakeholder)]
    [InlineData(Who.ChampionOfOceania)]
    [InlineData(Who.ChampionOfCaribbean)]
    [InlineData(Who.Secretariat)]
    [InlineData(Who.Organizer)]
    public async Task Lists_and_conflict_warnings_show_the_restricted_registration_exactly_to_the_entitled(Who who)
    {
        await Setting();

        foreach (var command in new[] { "outreach", "register" })
        {
            var reply = await Run(command, who);
            foreach (var detail in new[] { "Olga Organizer", "Secret Partner State" })
                Assert.Equal(MaySee(who), reply.Contains(detail, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_heads_up_names_a_later_restricted_registration_to_the_regions_champion_and_not_to_a_stakeholder()
    {
        await Setting();
        // Far enough from OR-0001 and OR-0002, and from each other, that only Olga's new registration overlaps them.
        await Say("29:stan", "Stan Holder", $"register call Tonga {Day(80)} as Stan's Office");
        await Say("29:chloe", "Chloe Champion", $"register call Fiji {Day(80)} as Chloe's Office");
        await Say("29:olga", "Olga Organizer", $"register visit Tonga, Fiji {Day(81)} with UNRCPD restricted as Secret Partner State note confidential-note-text");

        var toStan = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:stan") + "/activities"));
        var toChloe = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:chloe") + "/activities"));
        Assert.Contains("Secretariat will connect you", toStan.CardJson);
        foreach (var detail in RestrictedDetail.Take(2))
        {
            Assert.DoesNotContain(detail, toStan.CardJson);
            Assert.Contains(detail, toChloe.CardJson);
        }
    }
}
