using System.Net;
using System.Text.Json.Nodes;
using AttBot.Host.Bots;
using AttBot.Host.Secretariat;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// Every command a Teams user has, asked on Slack: regions, the Secretariat's status keeping, roles, exports and
/// priorities, answered by the same desks with the same figures and refusals. Léa (U0LEA) is a stakeholder, Sam (U0SAM)
/// is in the Secretariat. The fake Web API checks every payload against Block Kit's limits.
/// </summary>
public sealed class SlackSecretariatTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Exports:PublicBaseUrl"] = "https://bot.example.test";
        return settings;
    }

    private const string Csv = """
        Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
        Tonga,,2 Mar 2026 a
        Malaysia,26 Sep 2013,15 Jan 2026
        Atlantis,3 Jun 2013,
        """;

    [Fact]
    public async Task Anyone_sees_a_region_with_the_seed_figures_and_the_world_table()
    {
        var oceania = await Ask("region Oceania");
        Assert.Contains("\"text\":\"Oceania\"", oceania.Shown); // the header
        Assert.Contains("7 (47%)", oceania.Shown);
        Assert.Contains("Tonga", oceania.Shown); // a state still to reach
        Assert.Contains("No outreach planned in the next", oceania.Shown);

        var world = await Ask("region");
        Assert.Contains("The Arms Trade Treaty worldwide", world.Shown);
        Assert.Contains("\"value\":\"region Oceania\"", world.Shown);

        var unknown = await Ask("region Atlantis");
        Assert.Contains("I don't know the region “Atlantis”", unknown.Shown);
    }

    [Fact]
    public async Task The_Secretariat_sets_a_status_and_everyone_sees_it_a_stakeholder_may_not()
    {
        Assert.Contains(StatusDeskRefusal, (await Ask("set status Tonga party 2026-03-02")).Shown);
        Assert.Contains("Neither signatory nor party", (await Ask("status Tonga")).Shown);

        var changed = await Ask("set status Tonga party 2 March 2026", user: SlackSecretariat);
        Assert.Contains("Tonga updated", changed.Shown);
        Assert.Contains("accession deposited 2 March 2026", changed.Shown);

        Assert.Contains("State Party", (await Ask("status Tonga")).Shown);
        Assert.Contains("8 (53%)", (await Ask("region Oceania")).Shown);
    }

    private const string StatusDeskRefusal = "Only members of the ATT Secretariat can change the status data.";

    [Fact]
    public async Task Pasted_csv_is_previewed_and_the_Apply_button_applies_it_once()
    {
        var howTo = await Ask("import status", user: SlackSecretariat);
        Assert.Contains("send the file to me in Teams", howTo.Shown);
        Assert.Contains(StatusDeskRefusal, (await Ask("import status\n" + Csv)).Shown);

        var preview = await Ask("import status\n" + Csv, user: SlackSecretariat);
        Assert.Contains("Status import #1: preview", preview.Shown);
        Assert.Contains("1 added, 1 changed, 0 unchanged, 1 row refused", preview.Shown);
        Assert.Contains("\"value\":\"apply import 1\"", preview.Shown);
        Assert.Contains("Neither signatory nor party", (await Ask("status Tonga")).Shown); // nothing applied yet

        await Click("command:apply", "apply import 1", SlackSecretariat, "apply", channel: "D0SAM");
        Assert.Contains("Status import #1: applied", (await Slack.ResponseTo("apply")).Shown);
        Assert.Contains("State Party", (await Ask("status Tonga")).Shown);
        Assert.Contains("already applied", (await Ask("apply import 1", user: SlackSecretariat)).Shown);
    }

    [Fact]
    public async Task The_Secretariat_grants_a_champion_by_Slack_mention_and_the_champion_then_sees_their_regions_priorities()
    {
        await Ask("status Tonga"); // Léa has written to the bot: her name is known
        Assert.Contains("Only members of the ATT Secretariat can grant", (await Ask("grant champion Oceania <@U0LEA|lea>")).Shown);
        Assert.Contains(AttBot.Domain.Language.PermissionWords.Refusal(AttBot.Domain.Commands.Guarded.Priorities, AttBot.Domain.Language.Language.English), (await Ask("priorities")).Shown);

        var granted = await Ask("grant champion Oceania <@U0LEA|lea>", user: SlackSecretariat);
        Assert.Contains("Done: *Léa Martin* is now regional champion for *Oceania*", granted.Shown);
        Assert.Contains("Oceania: Léa Martin", (await Ask("roles", user: SlackSecretariat)).Shown);

        Assert.Contains("Priorities: Your regions", (await Ask("priorities")).Shown);
        Assert.Contains("outside the regions you champion", (await Ask("priority Angola")).Shown);

        Assert.Contains("no longer regional champion", (await Ask("revoke champion Oceania <@U0LEA|lea>", user: SlackSecretariat)).Shown);
        Assert.Contains(AttBot.Domain.Language.PermissionWords.Refusal(AttBot.Domain.Commands.Guarded.Priorities, AttBot.Domain.Language.Language.English), (await Ask("priorities")).Shown);
    }

    [Fact]
    public async Task A_grant_by_mentioning_the_bot_keeps_the_mention_of_the_person_granted()
    {
        await Event(MessageEvent("Ev0GRANT", "<@U0BOT> grant champion Oceania <@U0LEA>", user: SlackSecretariat, channel: "C0OPEN", type: "app_mention", channelType: "channel"));

        var answer = await Slack.WaitForAsync(c => c.Method == "chat.postEphemeral");
        Assert.Contains("is now regional champion for *Oceania*", answer.Shown);
        Assert.Equal(1, CountRows("roles", "channel_id = 'slack' AND user_id = 'U0LEA' AND region = 'Oceania'"));
    }

    [Fact]
    public async Task Text_escaped_by_Slack_is_read_as_typed()
    {
        var noted = await Ask("organization Pacific Islands &amp; Partners");
        Assert.Contains("Pacific Islands &amp; Partners", noted.Shown); // escaped once, for Slack to show "&"
        Assert.DoesNotContain("&amp;amp;", noted.Shown);
    }

    [Fact]
    public async Task Priorities_intentions_and_gaps_answer_the_Secretariat_privately()
    {
        Assert.Contains("now in tier 2", (await Ask("priority Thailand 2", user: SlackSecretariat, channel: "C0OPEN")).Shown);
        Assert.Contains("Thailand: priorities", (await Ask("intention Thailand 2025-08-25 at CSP11: soon", user: SlackSecretariat)).Shown);

        var all = await Ask("priorities", user: SlackSecretariat, channel: "C0OPEN");
        Assert.Equal("ephemeral", all.Body["response_type"]?.GetValue<string>());
        Assert.Contains("Thailand", all.Shown);
        Assert.Contains("Confidential", all.Shown);
        Assert.Contains("Gaps: ", (await Ask("gaps", user: SlackSecretariat)).Shown);
    }

    [Fact]
    public async Task A_priority_asked_by_mention_in_a_channel_is_shown_only_to_the_asker()
    {
        await Ask("priority Thailand 2", user: SlackSecretariat);
        var response = await Event(MessageEvent("Ev0PRIO", "<@U0BOT> priorities", user: SlackSecretariat, channel: "C0OPEN", type: "app_mention", channelType: "channel"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var answer = await Slack.WaitForAsync(c => c.Method == "chat.postEphemeral");
        Assert.Equal(SlackSecretariat, answer.Body["user"]?.GetValue<string>());
        Assert.Contains("Thailand", answer.Shown);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task An_export_shows_a_Download_button_whose_link_returns_the_csv_from_the_bot()
    {
        await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico");
        Assert.Contains("Only members of the ATT Secretariat can export", (await Ask("export csv")).Shown);

        var ready = await Ask($"export csv {Day(0)}..{Day(90)}", user: SlackSecretariat, channel: "C0OPEN");
        Assert.Equal("ephemeral", ready.Body["response_type"]?.GetValue<string>());
        Assert.Contains("Export ready: CSV", ready.Shown);
        Assert.Contains("1 registration", ready.Shown);
        var url = new Uri(DownloadUrl(ready.Body));
        Assert.Equal("bot.example.test", url.Host);

        var file = await Client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("OR-0001", await file.Content.ReadAsStringAsync());

        // Slack also tells the app of a click on a link button: acknowledged, and nothing is sent back.
        var calls = Slack.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await Click("export.download", "", SlackSecretariat, "download", channel: "C0OPEN")).StatusCode);
        await Settled(SlackSecretariat, "C0OPEN");
        Assert.Equal(calls, CallsBesideMarkers.Count);
    }

    [Fact]
    public async Task The_period_summary_is_for_the_Secretariat()
    {
        await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico");
        Assert.Contains("Only members of the ATT Secretariat", (await Ask($"summary {Day(0)}..{Day(60)}")).Shown);

        var summary = await Ask($"summary {Day(0)}..{Day(60)}", user: SlackSecretariat);
        Assert.Contains("1 activities", summary.Shown);
        Assert.Contains("Oceania: 1", summary.Shown);
    }

    [Fact]
    public async Task Help_lists_status_keeping_and_roles_to_the_Secretariat_as_the_Teams_help_card_does_and_leaves_them_out_for_others()
    {
        var help = await Ask("help", user: SlackSecretariat, channel: "D0SAM");
        Assert.Contains("/att region Oceania", help.Shown);
        Assert.Contains("/att set status Tonga party 2026-03-02", help.Shown);
        Assert.Contains("/att import status", help.Shown);
        Assert.Contains("files can be sent in Teams", help.Shown);
        Assert.Contains("/att grant champion Oceania", help.Shown);

        var stakeholder = await Ask("help");
        Assert.Contains("/att region Oceania", stakeholder.Shown);
        Assert.DoesNotContain("set status", stakeholder.Shown);
        Assert.DoesNotContain("grant", stakeholder.Shown);
    }

    /// <summary>The url of the first link button in the message.</summary>
    private static string DownloadUrl(JsonObject message) =>
        message["blocks"]!.AsArray().Select(b => b?["accessory"]).OfType<JsonNode>().Select(a => a["url"]?.GetValue<string>()).OfType<string>().Single();
}
