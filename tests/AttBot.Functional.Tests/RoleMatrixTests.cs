using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.RoleMatrix;

namespace AttBot.Functional.Tests;

/// <summary>
/// Every command × every role, through the real pipeline, with a restricted registration for Tonga, Tonga's tier and a
/// declared intention present: who is allowed, who is refused with the reason (and then nothing stored changes), and
/// that nobody outside the organizer, the Secretariat and the champions of Oceania ever reads the restricted
/// registration's organizer, organization, partners or notes, nor anybody but the Secretariat and those champions
/// Tonga's tier or intentions. RoleMatrixTests.Leaks.cs follows the same data into files, region cards and priorities.
/// The commands and who may use them are <see cref="RoleMatrix"/>'s, shared with the Slack matrix: this is the Teams driver.
/// </summary>
public sealed partial class RoleMatrixTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry("29:sam"),
    // The Secretariat sets the scene and then asks several things in one test: more than the default burst.
    ["Bot:RateLimit:Burst"] = "40",
})
{
    private static readonly Dictionary<Who, (string Id, string Name)> People = new()
    {
        [Who.Stakeholder] = ("29:stan", "Stan Holder"),
        [Who.ChampionOfOceania] = ("29:chloe", "Chloe Champion"),
        [Who.ChampionOfCaribbean] = ("29:carl", "Carl Caribbean"),
        [Who.Secretariat] = ("29:sam", "Sam Secretariat"),
        [Who.Organizer] = ("29:olga", "Olga Organizer"),
    };

    /// <summary>The people the commands name, as Teams @mentions them.</summary>
    private static readonly Dictionary<string, string> Mentions = new()
    {
        ["Nina"] = "<@29:nina|Nina New>",
        ["Chloe"] = "<@29:chloe|Chloe Champion>",
    };

    /// <summary>
    /// Two champions; OR-0001 restricted by Olga, OR-0002 shared by Otto overlapping it (conflict 1); Tonga in tier 3 with
    /// an intention Chloe recorded, Haiti (Caribbean) in tier 2; a status import #1 waiting for the Secretariat's decision.
    /// </summary>
    private async Task Setting()
    {
        var (samId, samName) = People[Who.Secretariat];
        Assert.Contains("Done", Shown(await Say(samId, samName, "grant champion Oceania <@29:chloe|Chloe Champion>")));
        Assert.Contains("Done", Shown(await Say(samId, samName, "grant champion Caribbean <@29:carl|Carl Caribbean>")));
        Assert.Contains("Registered OR-0001", Shown(await Say("29:olga", "Olga Organizer", RestrictedRegistration)));
        Assert.Contains("Registered OR-0002", Shown(await Say("29:otto", "Otto Other", $"register call Tonga {Day(30)} as Open Office")));
        Assert.Contains("now in tier 3", Shown(await Say(samId, samName, "priority Tonga 3")));
        Assert.Contains("now in tier 2", Shown(await Say(samId, samName, "priority Haiti 2")));
        Assert.Contains("Recorded: Tonga", Shown(await Say("29:chloe", "Chloe Champion", $"intention Tonga {Day(-10)} at Secret Venue: pacific-intention-text")));
        Assert.Contains("Status import #1: preview", Shown(await Say(samId, samName, "import status\n" + StatusCsv)));
        await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:olga") + "/activities")); // Olga's heads-up
    }

    private async Task<string> Run(string command, Who who)
    {
        var (id, name) = People[who];
        var buttonData = Commands[command].ButtonData;
        var text = Typed(Commands[command].TextFor(who), Mentions);
        return buttonData is not null
            ? await Click(id, name, text, (JsonObject)buttonData.DeepClone())
            : Shown(await Say(id, name, text));
    }

    private string Stored() => RoleMatrix.Stored(App.DatabasePath);

    [Theory]
    [MemberData(nameof(RoleMatrix.EveryCommandByEveryRole), MemberType = typeof(RoleMatrix))]
    public async Task Each_command_is_allowed_or_refused_by_role_and_restricted_detail_stays_with_the_entitled(string command, Who who)
    {
        await Setting();
        var before = Stored();

        var reply = await Run(command, who);

        var (_, allowed, done, _, _) = Commands[command];
        if (MayUse(allowed, who))
        {
            Assert.Contains(done, reply);
            Assert.DoesNotContain("Only ", reply);
            Assert.DoesNotContain("outside the regions you champion", reply);
        }
        else
        {
            Assert.Contains(Refusal(allowed, who), reply);
            Assert.Equal(before, Stored());
        }
        if (!MaySee(who))
            foreach (var detail in RestrictedDetail)
                Assert.DoesNotContain(detail, reply);
        if (!MaySeePriorities(who))
            foreach (var detail in PriorityDetail)
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

        // "anyway": the organizer's own plain line is of a state she has not registered, with nothing to warn about.
        foreach (var command in new[] { "outreach", "register anyway" })
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

        // Chloe, champion of Oceania, also gets a note about each new registration there: the heads-up is the one to read.
        var toStan = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:stan") + "/activities") && c.CardJson.Contains("Heads-up"));
        var toChloe = await Connector.WaitForAsync(c => c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:chloe") + "/activities") && c.CardJson.Contains("Heads-up"));
        Assert.Contains("Ask the Secretariat to put you in touch.", toStan.CardJson);
        foreach (var detail in RestrictedDetail.Take(2))
        {
            Assert.DoesNotContain(detail, toStan.CardJson);
            Assert.Contains(detail, toChloe.CardJson);
        }
    }
}
