using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// "calendar feed" and "calendar revoke" through the real pipeline, and the address polled as Outlook or Google Calendar
/// would: what each role's calendar carries, at every poll; what a revoked address answers; where the link is shown.
/// Ana and Ben are stakeholders, Sam is in the Secretariat by configuration.
/// </summary>
public sealed partial class CalendarFeedTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Sam),
    ["Exports:PublicBaseUrl"] = "http://bot.example.test",
})
{
    private const string Sam = "29:secretariat-1";

    private Task<ConnectorCall> Ana(string text, Action<JsonObject>? shape = null) => Say("29:ana", "Ana Ruiz", text, shape);
    private Task<ConnectorCall> Ben(string text) => Say("29:ben", "Ben Okafor", text);
    private Task<ConnectorCall> AsSam(string text) => Say(Sam, "Sam Secretariat", text);

    /// <summary>Ana in Tonga (with a long note in accented French, to be folded), Ben in Fiji (restricted), Olga in Jamaica.</summary>
    private async Task RegisterSome()
    {
        Assert.Contains("Registered OR-0001", Shown(await Ana($"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico " +
            "note Réunion à Nuku’alofa; préparer l’exposé, les questions et la réponse du ministère — « adhésion » prévue en 2027")));
        Assert.Contains("Registered OR-0002", Shown(await Ben($"register workshop Fiji {Day(40)} restricted as Control Arms note ben-secret-note")));
        Assert.Contains("Registered OR-0003", Shown(await Say("29:olga", "Olga Organizer", $"register call Jamaica {Day(50)} as Chile")));
    }

    [GeneratedRegex(@"http://bot\.example\.test(/calendar/[A-Za-z0-9_-]{43}\.ics)")]
    private static partial Regex FeedLink();

    /// <summary>The address in the answer (its path on the bot); fails when there is none.</summary>
    private static string LinkIn(ConnectorCall reply)
    {
        var match = FeedLink().Match(reply.Text ?? "");
        Assert.True(match.Success, $"No calendar address in: {reply.Text}");
        return match.Groups[1].Value;
    }

    private async Task<string> Poll(string path)
    {
        var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The calendar as a client reads it: checked against RFC 5545's line rules, then unfolded into content lines.</summary>
    private static List<string> Parse(string ics)
    {
        Assert.EndsWith("\r\n", ics);
        var physical = ics[..^2].Split("\r\n");
        Assert.All(physical, line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75);
        });
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
                lines[^1] += line[1..];
            else
                lines.Add(line);
        }
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("METHOD:PUBLISH", lines);
        Assert.Contains("CALSCALE:GREGORIAN", lines);
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "END:VEVENT"));
        return lines;
    }

    private static List<string> Uids(List<string> lines) => lines.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Select(l => l[4..]).ToList();

    private static string Compact(string yyyyMmDd) => yyyyMmDd.Replace("-", "");

    [Fact]
    public async Task A_stakeholder_s_feed_shows_only_their_own_registrations_as_all_day_events_with_an_exclusive_end()
    {
        await RegisterSome();

        var reply = await Ana("calendar feed");
        Assert.Contains("Subscribe to this calendar in Outlook", reply.Text);
        var ics = await Poll(LinkIn(reply));
        Assert.Contains("\r\n ", ics); // the long French note is folded
        var lines = Parse(ics);

        Assert.Equal(["OR-0001@attbot"], Uids(lines));
        Assert.Contains($"DTSTART;VALUE=DATE:{Compact(Day(30))}", lines);
        Assert.Contains($"DTEND;VALUE=DATE:{Compact(Day(33))}", lines); // the last day is Day(32)
        Assert.Contains("SUMMARY:Bilateral (planned): Tonga", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && l.Contains("Nuku’alofa\\; préparer l’exposé\\, les questions"));
        Assert.Single(lines, l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z'));
        Assert.Equal(1, CountRows("calendar_feeds"));
    }

    [Fact]
    public async Task A_regional_champion_s_feed_shows_the_region_with_its_restricted_detail_and_the_secretariat_s_shows_everything()
    {
        await RegisterSome();
        await Say("29:maria", "Maria Lopez", "hello");
        Assert.Contains("is now regional champion for **Oceania**", Shown(await AsSam("grant champion Oceania 29:maria")));

        var champion = Parse(await Poll(LinkIn(await Say("29:maria", "Maria Lopez", "calendar feed"))));
        Assert.Equal(["OR-0001@attbot", "OR-0002@attbot"], Uids(champion));
        Assert.Contains(champion, l => l.Contains("ben-secret-note"));

        var secretariatReply = await AsSam("calendar feed");
        Assert.Contains("all registered outreach", secretariatReply.Text);
        var secretariat = Parse(await Poll(LinkIn(secretariatReply)));
        Assert.Equal(["OR-0001@attbot", "OR-0002@attbot", "OR-0003@attbot"], Uids(secretariat));
        Assert.Contains("CLASS:CONFIDENTIAL", secretariat);

        // A filter narrows, and the calendar is named after it.
        var oceania = Parse(await Poll(LinkIn(await AsSam("calendar feed Oceania"))));
        Assert.Equal(["OR-0001@attbot", "OR-0002@attbot"], Uids(oceania));
        Assert.Contains("X-WR-CALNAME:ATT outreach (AttBot) · Oceania", oceania);
        var workshops = Parse(await Poll(LinkIn(await AsSam("calendar feed kind workshop"))));
        Assert.Equal(["OR-0002@attbot"], Uids(workshops));
    }

    [Fact]
    public async Task Cancelled_registrations_leave_the_feed_at_the_next_poll()
    {
        await RegisterSome();
        var link = LinkIn(await Ana("calendar feed"));
        Assert.Single(Uids(Parse(await Poll(link))));

        await Ana("confirm cancel OR-0001");

        Assert.Empty(Uids(Parse(await Poll(link))));
    }

    [Fact]
    public async Task Revoking_ends_every_feed_of_the_person_with_the_same_404_as_an_unknown_address()
    {
        await RegisterSome();
        var first = LinkIn(await Ana("calendar feed"));
        var second = LinkIn(await Ana("calendar feed Oceania"));
        var bens = LinkIn(await Ben("calendar feed"));
        Assert.NotEqual(first, second);

        Assert.Contains("your 2 calendar subscriptions no longer work", (await Ana("calendar revoke")).Text);

        var unknown = await Client.GetAsync("/calendar/" + new string('A', 43) + ".ics");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        foreach (var revoked in new[] { first, second })
        {
            var response = await Client.GetAsync(revoked);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(unknownBody, await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain("Tonga", unknownBody);
        }
        Assert.Single(Uids(Parse(await Poll(bens)))); // Ben's own feed still works
        Assert.Contains("no calendar subscription to revoke", (await Ana("calendar revoke")).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/calendar/x.ics")).StatusCode);
    }

    [Fact]
    public async Task A_feed_polled_after_the_person_s_secretariat_grant_is_revoked_no_longer_shows_others_plans()
    {
        await RegisterSome();
        await Say("29:kim", "Kim Park", "hello");
        Assert.Contains("is now a member of the ATT Secretariat", Shown(await AsSam("grant secretariat 29:kim")));
        var link = LinkIn(await Say("29:kim", "Kim Park", "calendar feed"));
        Assert.Equal(3, Uids(Parse(await Poll(link))).Count);

        Assert.Contains("no longer a member of the ATT Secretariat", Shown(await AsSam("revoke secretariat 29:kim")));

        var after = Parse(await Poll(link));
        Assert.Empty(Uids(after));
        Assert.DoesNotContain(after, l => l.Contains("ben-secret-note") || l.Contains("Tonga"));
    }

    private const string TeamId = "19:team-outreach@thread.tacv2";
    private const string ChannelConversation = "19:general@thread.tacv2;messageid=1700000000001";

    private static void InTeamChannel(JsonObject activity)
    {
        activity["conversation"] = new JsonObject
        {
            ["id"] = ChannelConversation, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1",
        };
        activity["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = TeamId }, ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" } };
    }

    [Fact]
    public async Task A_feed_asked_for_in_a_team_channel_is_answered_in_the_1_to_1_chat_and_the_channel_gets_no_link()
    {
        await RegisterSome(); // Ana has written to the bot in her 1:1 chat
        await Eventually.Holds(() => CountRows("user_profiles WHERE user_id = '29:ana' AND personal_conversation_id IS NOT NULL") == 1);
        var before = Connector.Calls.Count;

        var inChannel = await Ana("calendar feed", InTeamChannel);

        Assert.Contains("I've sent it to our 1:1 chat", inChannel.Text);
        var personal = Uri.EscapeDataString("a:personal-29:ana") + "/activities";
        var privately = await Connector.WaitForAsync(c => c.Path.EndsWith(personal, StringComparison.Ordinal) && (c.Text ?? "").Contains("/calendar/"));
        Assert.Single(Uids(Parse(await Poll(LinkIn(privately)))));
        var channel = Uri.EscapeDataString(ChannelConversation);
        Assert.All(Connector.Calls.Skip(before).Where(c => c.Path.Contains(channel, StringComparison.Ordinal)),
            c => Assert.DoesNotContain("/calendar/", c.Body?.ToJsonString() ?? ""));
    }

    [Fact]
    public async Task The_answer_is_in_the_reader_s_language()
    {
        await RegisterSome();

        var french = await Ana("abonner calendrier", a => a["locale"] = "fr-FR");
        Assert.Contains("Abonnez-vous à ce calendrier dans Outlook", french.Text);
        Assert.Contains("Google Agenda", french.Text);
        Assert.Contains("X-WR-CALNAME:Démarches TCA (AttBot)", Parse(await Poll(LinkIn(french))));

        await Ben("idioma es");
        var spanish = await Ben("suscribir calendario Oceanía");
        Assert.Contains("Suscríbase a este calendario", spanish.Text);
        Assert.Contains("(filtro: Oceanía)", spanish.Text);

        Assert.Contains("C’est fait : votre abonnement de calendrier ne fonctionne plus", (await Ana("révoquer calendrier", a => a["locale"] = "fr-FR")).Text);
    }

    [Theory]
    [InlineData("calendar feed Atlantis", "I know no region or state called “Atlantis”")]
    [InlineData("calendar feed 2027-Q1", "keeps itself up to date")]
    [InlineData("calendar feed kind picnic", "not a kind of outreach")]
    public async Task A_filter_that_cannot_be_read_is_explained_and_no_feed_is_made(string text, string expected)
    {
        Assert.Contains(expected, (await Ana(text)).Text);
        Assert.Equal(0, CountRows("calendar_feeds"));
    }

    [Theory]
    [InlineData("region Oceanai")]
    [InlineData("country Atlantis")]
    [InlineData("region Oceania country Atlantis")]
    public async Task A_calendar_feed_and_an_export_refuse_a_place_they_cannot_find_in_the_same_words(string filter)
    {
        var feed = (await AsSam($"calendar feed {filter}")).Text ?? "";
        var export = Shown(await AsSam($"export csv {filter}"));

        Assert.StartsWith("I don", feed);
        Assert.Contains(feed, export);
    }
}
