using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.RoleMatrix;

namespace AttBot.Functional.Tests;

/// <summary>The same scene followed where restricted and priority data could slip out: export files, region cards, priority lists, refusals.</summary>
public sealed partial class RoleMatrixTests
{
    private Task<ConnectorCall> SayAs(Who who, string text) => Say(People[who].Id, People[who].Name, text);

    private static Uri LinkIn(ConnectorCall reply) => new(reply.Card!["actions"]![0]!["url"]!.GetValue<string>());

    [Fact]
    public async Task Only_the_secretariat_gets_an_export_link_and_its_file_holds_the_restricted_registration()
    {
        await Setting();

        foreach (var who in Enum.GetValues<Who>().Where(w => w != Who.Secretariat))
            foreach (var text in new[] { "export csv", "export ics", "export csv region Oceania" })
            {
                var reply = Shown(await SayAs(who, text));
                Assert.Contains("Only members of the ATT Secretariat can export", reply);
                Assert.DoesNotContain(DownloadPath, reply);
            }
        Assert.Equal(0, CountRows("exports"));

        var csvLink = LinkIn(await SayAs(Who.Secretariat, "export csv"));
        var csv = await Client.GetStringAsync(csvLink.PathAndQuery);
        Assert.Contains("OR-0001", csv);
        Assert.Contains("OR-0002", csv);
        foreach (var detail in RestrictedDetail)
            Assert.Contains(detail, csv);
        var ics = await Client.GetStringAsync(LinkIn(await SayAs(Who.Secretariat, "export ics")).PathAndQuery);
        Assert.Contains("UID:OR-0001@attbot", ics);

        // Every link the bot sent went to the Secretariat's own conversation, and the database keeps only the links' hashes.
        var withLinks = Connector.Calls.Where(c => c.Body?.ToJsonString().Contains(DownloadPath, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, withLinks.Count);
        Assert.All(withLinks, c => Assert.Contains(Uri.EscapeDataString("a:personal-29:sam") + "/", c.Path));
        var token = csvLink.Segments[^1];
        Assert.DoesNotContain(token, Stored());
        // A link one character off opens nothing.
        var forged = DownloadPath + (token[0] == 'A' ? 'B' : 'A') + token[1..];
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(forged)).StatusCode);
    }

    [Theory]
    [InlineData(Who.Stakeholder)]
    [InlineData(Who.ChampionOfOceania)]
    [InlineData(Who.ChampionOfCaribbean)]
    [InlineData(Who.Secretariat)]
    [InlineData(Who.Organizer)]
    public async Task Region_cards_count_planned_outreach_and_name_no_organizer_nor_priority_to_anyone(Who who)
    {
        await Setting();

        foreach (var text in new[] { "region Oceania", "region Polynesia", "region Asia-Pacific States", "region", "region Tonga" })
        {
            var reply = Shown(await SayAs(who, text));
            foreach (var detail in RestrictedDetail.Concat(PriorityDetail).Concat(["Otto Other", "Open Office", "OR-0001", "OR-0002"]))
                Assert.DoesNotContain(detail, reply);
            if (text == "region Polynesia")
                Assert.Contains("2 registrations reaching 1 state", reply);
        }
    }

    [Fact]
    public async Task Priorities_and_gaps_show_each_champion_their_own_regions_and_the_secretariat_all()
    {
        await Setting();

        var chloe = Shown(await SayAs(Who.ChampionOfOceania, "priorities"));
        Assert.Contains("Tonga", chloe);
        Assert.Contains("pacific-intention-text", chloe);
        Assert.DoesNotContain("Haiti", chloe);
        var carl = Shown(await SayAs(Who.ChampionOfCaribbean, "priorities"));
        Assert.Contains("Haiti", carl);
        Assert.DoesNotContain("Tonga", carl);
        var sam = Shown(await SayAs(Who.Secretariat, "priorities"));
        Assert.Contains("Haiti", sam);
        Assert.Contains("Tonga", sam);

        // Haiti has no outreach planned, Tonga has: a gap for the Caribbean and the Secretariat only.
        Assert.Contains("Haiti", Shown(await SayAs(Who.ChampionOfCaribbean, "gaps")));
        Assert.DoesNotContain("Haiti", Shown(await SayAs(Who.ChampionOfOceania, "gaps")));
        Assert.Contains("Haiti", Shown(await SayAs(Who.Secretariat, "gaps")));

        var haitiToChloe = Shown(await SayAs(Who.ChampionOfOceania, "priority Haiti"));
        Assert.Contains("Haiti is outside the regions you champion", haitiToChloe);
        Assert.DoesNotContain("Tier 2", haitiToChloe);
        Assert.Contains("outside the regions you champion", Shown(await SayAs(Who.ChampionOfCaribbean, "gaps Polynesia")));
    }

    /// <summary>Someone who may not use a command hears so first: never a complaint about their input that shows what the command would do.</summary>
    [Theory]
    [InlineData(Who.Stakeholder, "intention Tonga 2099-01-01 at Apia: soon", "for the ATT Secretariat and regional champions only")]
    [InlineData(Who.ChampionOfCaribbean, "intention Tonga 2099-01-01 at Apia: soon", "Tonga is outside the regions you champion")]
    [InlineData(Who.Organizer, "gaps 5000", "for the ATT Secretariat and regional champions only")]
    [InlineData(Who.ChampionOfCaribbean, "gaps Oceania 5000", "Oceania is outside the regions you champion")]
    [InlineData(Who.Stakeholder, "priority Atlantis", "for the ATT Secretariat and regional champions only")]
    [InlineData(Who.ChampionOfOceania, "priority Tonga 9", "Only members of the ATT Secretariat")]
    [InlineData(Who.Stakeholder, "priorities Atlantis", "for the ATT Secretariat and regional champions only")]
    [InlineData(Who.Stakeholder, "set status Atlantis party someday", "Only members of the ATT Secretariat")]
    [InlineData(Who.ChampionOfOceania, "apply import 99", "Only members of the ATT Secretariat")]
    [InlineData(Who.Organizer, "discard import 1", "Only members of the ATT Secretariat")]
    [InlineData(Who.Organizer, "export csv region Atlantis", "Only members of the ATT Secretariat")]
    [InlineData(Who.ChampionOfOceania, "summary 2027-Q7", "Only members of the ATT Secretariat")]
    [InlineData(Who.Stakeholder, "import status\nnot a table", "Only members of the ATT Secretariat")]
    public async Task A_refusal_comes_before_any_complaint_about_what_was_typed(Who who, string text, string refusal)
    {
        await Setting();
        var before = Stored();

        var reply = Shown(await SayAs(who, text));

        Assert.Contains(refusal, reply);
        Assert.Equal(before, Stored());
    }
}
