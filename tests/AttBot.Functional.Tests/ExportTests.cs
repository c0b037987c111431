using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The Secretariat's exports and period summary, through the real pipeline: the card's link downloads the file.</summary>
public sealed class ExportTests() : BotTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
    ["Exports:PublicBaseUrl"] = "http://bot.example.test",
})
{
    private const string Secretariat = "29:secretariat-1";

    private static string Day(int days) => OutreachRegistrationTests.Day(days);

    private async Task<ConnectorCall> Say(string userId, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, text, userId, userId == Secretariat ? "Sam Secretariat" : "Ana Ruiz", id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    /// <summary>Follows the card's Download button to the bot's own endpoint.</summary>
    private async Task<HttpResponseMessage> Download(ConnectorCall reply)
    {
        var url = new Uri(reply.Card!["actions"]![0]!["url"]!.GetValue<string>());
        Assert.Equal("bot.example.test", url.Host);
        return await Client.GetAsync(url.PathAndQuery);
    }

    private async Task RegisterSome()
    {
        await Say("29:ana", $"register bilateral Tonga {Day(30)}..{Day(32)} topic accession with \"UNRCPD, Pacific\" as Mexico");
        await Say("29:ana", $"register workshop Viet Nam {Day(60)} topic implementation restricted note =cmd|' /C calc'!A0");
        await Say("29:ana", $"register call Kiribati {Day(400)} as Mexico");
    }

    [Fact]
    public async Task The_secretariat_exports_csv_and_the_link_downloads_every_matching_registration_with_restricted_ones()
    {
        await RegisterSome();

        var reply = await Say(Secretariat, $"export csv {Day(0)}..{Day(90)}");

        Assert.Contains("2 registrations", reply.CardJson);
        var response = await Download(reply);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("OR-0001", lines[1]);
        Assert.Contains("\"UNRCPD, Pacific\"", lines[1]);
        Assert.Contains("OR-0002", lines[2]);
        Assert.Contains("restricted", lines[2]);
        Assert.Contains("'=cmd", lines[2]); // the formula a registrant typed is defused
        Assert.DoesNotContain("Kiribati", csv);
    }

    [Fact]
    public async Task Filters_narrow_the_export_and_the_calendar_has_one_event_per_planned_registration()
    {
        await RegisterSome();

        var csvReply = await Say(Secretariat, "export csv region Oceania kind bilateral");
        var csv = await (await Download(csvReply)).Content.ReadAsStringAsync();
        Assert.Contains("Tonga", csv);
        Assert.DoesNotContain("Viet Nam", csv);
        Assert.DoesNotContain("Kiribati", csv);

        var icsReply = await Say(Secretariat, "export ics");
        var response = await Download(icsReply);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Equal(3, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("UID:OR-0003@attbot", ics);
    }

    [Fact]
    public async Task A_stakeholder_is_refused_and_learns_nothing()
    {
        await RegisterSome();

        var reply = await Say("29:ana", "export csv");

        Assert.Null(reply.Card);
        Assert.Contains("Only members of the ATT Secretariat", reply.Text);
        Assert.Equal(0, CountRows("exports"));
    }

    [Theory]
    [InlineData("export csv region Atlantis", "I don't know the region")]
    [InlineData("export csv kind picnic", "not a kind of outreach")]
    [InlineData("export csv country Narnia", "I don't know the state")]
    [InlineData("summary 2027-Q7", "Q1 to Q4")]
    public async Task Filters_that_cannot_be_read_are_explained(string text, string expected)
    {
        var reply = await Say(Secretariat, text);

        Assert.Contains(expected, reply.Text);
    }

    [Theory]
    [InlineData("/api/exports/not-a-real-token-but-long-enough-to-look-like-one")]
    [InlineData("/api/exports/x")]
    [InlineData("/api/exports/%27%20OR%201%3D1--")]
    public async Task Unknown_or_malformed_links_are_404(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_period_summary_counts_activities_states_and_conflicts()
    {
        await Say("29:ana", $"register bilateral Tonga {Day(30)} topic accession as Mexico");
        await Say("29:ben", $"register workshop Tonga, Fiji {Day(31)} topic accession as Control Arms");

        var reply = await Say(Secretariat, $"summary {Day(0)}..{Day(60)}");

        var card = reply.CardJson;
        Assert.Contains("2 (0 done, 2 planned)", card);
        Assert.Contains("Oceania", card);
        Assert.Contains("Fiji, Tonga", card);
        Assert.Contains("1 (0 coordinated, 0 not a duplication, 1 open)", card);
    }

    [Fact]
    public async Task Conflicts_count_in_the_year_of_their_activities_and_stop_being_open_once_one_side_is_cancelled()
    {
        // Registered this year for visits two years ahead: this year's summary shows neither the visits nor their conflict.
        var thisYear = DateTime.UtcNow.Year;
        var visitYear = thisYear + 2;
        await Say("29:ana", $"register bilateral Tonga {visitYear}-03-10 as Mexico");
        var later = await Say("29:ben", $"register bilateral Tonga {visitYear}-03-12 as Control Arms");
        var id = System.Text.RegularExpressions.Regex.Match(later.CardJson, @"OR-\d{4}").Value;

        var now = (await Say(Secretariat, $"summary {thisYear}")).CardJson;
        Assert.DoesNotContain("1 (0 coordinated, 0 not a duplication, 1 open)", now);
        Assert.Contains("2 (whatever their dates)", now); // registered this year, for later dates

        var then = (await Say(Secretariat, $"summary {visitYear}")).CardJson;
        Assert.Contains("2 (0 done, 2 planned)", then);
        Assert.Contains("1 (0 coordinated, 0 not a duplication, 1 open)", then);

        await Say("29:ben", $"confirm cancel {id}");
        var afterCancel = (await Say(Secretariat, $"summary {visitYear}")).CardJson;
        Assert.Contains("1 (0 coordinated, 0 not a duplication, 0 open, 1 ended when one side was cancelled, done or moved away)", afterCancel);
    }
}
