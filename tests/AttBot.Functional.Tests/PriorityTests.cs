using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>Tiers, intentions and gaps through the real pipeline: the Secretariat sets, champions see their regions, stakeholders nothing.</summary>
public sealed class PriorityTests() : BotTestBase(new() { ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat) })
{
    private const string Secretariat = "29:secretariat-1";
    private const string Champion = "29:maria";
    private const string Stakeholder = "29:ana";

    private async Task<ConnectorCall> Say(string userId, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var name = userId switch { Secretariat => "Sam Secretariat", Champion => "Maria Lopez", _ => "Ana Ruiz" };
        var response = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    private static string Shown(ConnectorCall call) => call.Card is null ? call.Text ?? "" : call.CardJson;

    /// <summary>Maria champions South-eastern Asia; Thailand (a signatory) is tier 2, Myanmar tier 3; Angola tier 1.</summary>
    private async Task SetUp()
    {
        await Say(Champion, "hello"); // the bot now knows Maria by name
        Assert.Contains("regional champion", Shown(await Say(Secretariat, $"grant champion South-eastern Asia <@{Champion}|Maria Lopez>")));
        Assert.Contains("now in tier 2", Shown(await Say(Secretariat, "priority Thailand 2")));
        Assert.Contains("now in tier 3", Shown(await Say(Secretariat, "priority Myanmar tier 3")));
        Assert.Contains("now in tier 1", Shown(await Say(Secretariat, "priority Angola 1")));
    }

    [Fact]
    public async Task The_secretariat_sees_every_tier_and_a_champion_only_their_regions()
    {
        await SetUp();

        var all = Shown(await Say(Secretariat, "priorities"));
        Assert.Contains("Angola", all);
        Assert.Contains("Thailand", all);
        Assert.Contains("Myanmar", all);

        var mine = Shown(await Say(Champion, "priorities"));
        Assert.Contains("Thailand", mine);
        Assert.Contains("Myanmar", mine);
        Assert.DoesNotContain("Angola", mine);
        Assert.Contains("outside the regions you champion", Shown(await Say(Champion, "priority Angola")));
        Assert.Contains("outside the regions you champion", Shown(await Say(Champion, "priorities Africa")));
    }

    [Fact]
    public async Task Stakeholders_are_refused_without_learning_any_tier()
    {
        await SetUp();

        foreach (var text in new[] { "priorities", "priority Thailand", "gaps", "gaps Asia", "priority Thailand 1", "intention Thailand 2025-08-25 at CSP11: soon" })
        {
            var reply = Shown(await Say(Stakeholder, text));
            Assert.DoesNotContain("tier 2", reply, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("tier 3", reply, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Secretariat and regional champions only", Shown(await Say(Stakeholder, "priorities")));
    }

    [Fact]
    public async Task Gaps_are_the_priority_states_nobody_has_planned_outreach_to()
    {
        await SetUp();
        var day = OutreachRegistrationTests.Day(20);
        await Say(Stakeholder, $"register bilateral Thailand {day} as Mexico");

        var gaps = Shown(await Say(Champion, "gaps"));

        Assert.Contains("South-eastern Asia**: 11 states", gaps); // the region's picture and its gaps in one message
        Assert.Contains("Myanmar", gaps);
        Assert.DoesNotContain("Thailand", gaps);
        Assert.DoesNotContain("Angola", gaps);
        Assert.Contains("Angola", Shown(await Say(Secretariat, "gaps Africa")));
        Assert.Contains("between 1 and", Shown(await Say(Secretariat, "gaps 5000")));
    }

    [Fact]
    public async Task A_plan_after_the_horizon_is_named_as_such_and_a_longer_horizon_closes_the_gap()
    {
        await SetUp();
        await Say(Stakeholder, $"register bilateral Myanmar {OutreachRegistrationTests.Day(200)} as Mexico");

        var priorities = Shown(await Say(Champion, "priorities"));
        var gaps = Shown(await Say(Champion, "gaps"));
        var longer = Shown(await Say(Champion, "gaps 365"));

        Assert.Contains("**Myanmar**", priorities);
        Assert.Contains("⚠ nothing planned in the next 90 days", priorities);
        Assert.DoesNotContain("no outreach planned", priorities);
        Assert.Contains("no outreach planned in the next 90 days", gaps);
        Assert.Contains("Myanmar", gaps);
        Assert.Contains("in the next 365 days", longer);
        Assert.DoesNotContain("Myanmar", longer.Replace("South-eastern Asia", ""));
    }

    [Fact]
    public async Task A_champion_records_an_intention_and_the_status_card_then_points_to_assistance()
    {
        await SetUp();
        Assert.DoesNotContain("Voluntary Trust Fund", Shown(await Say(Stakeholder, "status Myanmar")));

        var recorded = Shown(await Say(Champion, "intention Myanmar 2025-08-25 at CSP11 general debate: considering accession"));

        Assert.Contains("Recorded: Myanmar", recorded);
        Assert.Contains("considering accession", Shown(await Say(Secretariat, "priority Myanmar")));
        Assert.Contains("Voluntary Trust Fund", Shown(await Say(Stakeholder, "status Myanmar")));
        Assert.Contains("in the future", Shown(await Say(Champion, "intention Myanmar 2099-01-01 at CSP: soon")));
        Assert.Contains("already a State Party", Shown(await Say(Secretariat, "intention Ghana 2025-01-01 at CSP: soon")));
        Assert.Equal(2, CountRows("audit_log WHERE action IN ('intention.recorded') OR action = 'priority.set' AND subject_id = 'MMR'"));
    }

    [Fact]
    public async Task Tiers_1_and_2_are_refused_for_states_that_have_not_signed()
    {
        var reply = Shown(await Say(Secretariat, "priority Myanmar 1"));

        Assert.Contains("has not signed", reply);
        Assert.Equal(0, CountRows("country_priorities"));
    }
}

/// <summary>"champions [region]": everyone may learn whom to coordinate with, and nothing more.</summary>
public sealed class ChampionListTests() : BotTestBase(new() { ["Roles:Secretariat:0"] = Activities.SecretariatEntry("29:secretariat-1") })
{
    private async Task<string> Say(string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return reply.Text ?? reply.CardJson;
    }

    [Fact]
    public async Task Anyone_sees_the_champions_of_a_region_and_of_the_regions_within_it()
    {
        Assert.Contains("No regional champions", await Say("29:ana", "Ana Ruiz", "champions"));
        await Say("29:maria", "Maria Lopez", "hello");
        await Say("29:secretariat-1", "Sam Secretariat", "grant champion South-eastern Asia <@29:maria|Maria Lopez>");

        var all = await Say("29:ana", "Ana Ruiz", "champions");
        Assert.Contains("South-eastern Asia: Maria Lopez", all);
        Assert.DoesNotContain("granted by", all);
        Assert.Contains("Maria Lopez (South-eastern Asia)", await Say("29:ana", "Ana Ruiz", "champions Asia"));
        Assert.Contains("Oceania has no regional champion yet", await Say("29:ana", "Ana Ruiz", "champions Oceania"));
        Assert.Contains("did you mean", await Say("29:ana", "Ana Ruiz", "champions Atlantis"));
    }
}
