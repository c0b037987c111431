using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>Pre-registering outreach and the conflict warnings, through the real HTTP pipeline and a fake Connector.</summary>
public sealed class OutreachRegistrationTests() : BotTestBase(Settings())
{
    public const string Secretariat = "29:secretariat-1";

    /// <summary>One Secretariat member, and an outbox that retries within a test's patience.</summary>
    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    public static string Day(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Sends a message and returns the bot's reply to it (other traffic, such as alerts, may arrive meanwhile).</summary>
    private async Task<ConnectorCall> Say(string userId, string name, string text, string? id = null)
    {
        id ??= Guid.NewGuid().ToString("N");
        var response = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    private static string Shown(ConnectorCall call) => call.Card is null ? call.Text ?? "" : call.CardJson;

    /// <summary>
    /// Everything the people's messages caused has gone out: the bot has answered a later marker ("help") in each one's
    /// chat (their turns are over, and with them the writing of notices), then the outbox holds nothing left to send.
    /// Count with <see cref="FakeConnector.CallsBesideMarkers"/>.
    /// </summary>
    private async Task Settled(params string[] userIds)
    {
        foreach (var userId in userIds)
            await Connector.MarkerAnsweredAsync(id => Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, "help", userId, userId, id)));
        await OutboxEmpty();
    }

    private async Task SubscribeSecretariat()
    {
        var reply = await Say(Secretariat, "Sam Secretariat", "subscribe alerts");
        Assert.Contains("Alerts on", Shown(reply));
    }

    [Fact]
    public async Task A_one_line_registration_is_confirmed_with_its_id_and_details()
    {
        var reply = await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico");

        var card = Shown(reply);
        Assert.Contains("Registered OR-0001", card);
        Assert.Contains("Tonga", card);
        Assert.Contains("Mexico", card);
        Assert.Contains("Bilateral", card);
    }

    [Fact]
    public async Task Two_stakeholders_targeting_the_same_state_are_both_warned_and_the_secretariat_alerted_once()
    {
        await SubscribeSecretariat();
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico");

        var before = Connector.Calls.Count;
        var second = await Say("29:ben", "Ben Okafor", $"register workshop Tonga, Fiji {Day(40)} topic implementation as Control Arms");
        var secondCard = Shown(second);
        Assert.Contains("Registered OR-0002", secondCard);
        Assert.Contains("Ana Ruiz", secondCard);
        Assert.Contains("Mexico", secondCard);

        var calls = await Connector.WaitForCallsAsync(before + 3, TimeSpan.FromSeconds(5));
        var headsUp = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:ana")}/activities");
        Assert.Contains("Ben Okafor", headsUp.CardJson);
        Assert.Contains("OR-0001", headsUp.CardJson);
        var alert = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:secretariat-1")}/activities");
        Assert.Contains("Ana Ruiz", alert.CardJson);
        Assert.Contains("Ben Okafor", alert.CardJson);
        Assert.Contains("conflict.coordinated", alert.CardJson);
        await Settled("29:ben");
        Assert.Equal(calls.Count, Connector.CallsBesideMarkers.Count);
    }

    [Fact]
    public async Task A_restricted_registration_is_never_named_to_other_stakeholders_but_the_secretariat_sees_it()
    {
        await SubscribeSecretariat();
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        var before = Connector.Calls.Count;
        var second = await Say("29:ben", "Ben Okafor", $"register visit Tonga {Day(31)} with UNRCPD restricted as Secret Partner State");
        Assert.Contains("Registered OR-0002", Shown(second));

        var calls = await Connector.WaitForCallsAsync(before + 3, TimeSpan.FromSeconds(5));
        var headsUp = Assert.Single(calls, c => c.Path.Contains(Uri.EscapeDataString("a:personal-29:ana")) && c.Path.EndsWith("/activities"));
        Assert.DoesNotContain("Ben Okafor", headsUp.CardJson);
        Assert.DoesNotContain("Secret Partner State", headsUp.CardJson);
        Assert.DoesNotContain("OR-0002", headsUp.CardJson);
        Assert.DoesNotContain("UNRCPD", headsUp.CardJson);
        Assert.Contains("Ask the Secretariat to put you in touch.", headsUp.CardJson);

        var alert = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:secretariat-1")}/activities");
        Assert.Contains("Ben Okafor", alert.CardJson);
        Assert.Contains("Secret Partner State", alert.CardJson);

        var list = await Say("29:ana", "Ana Ruiz", "outreach Tonga");
        Assert.DoesNotContain("Ben Okafor", Shown(list));
        Assert.DoesNotContain("Secret Partner State", Shown(list));
        var secretariatList = await Say(Secretariat, "Sam Secretariat", "outreach Tonga");
        Assert.Contains("Secret Partner State", Shown(secretariatList));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_registers_once_and_alerts_once()
    {
        await SubscribeSecretariat();
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        var before = Connector.Calls.Count;
        var activity = Activities.MessageFrom(Connector.ServiceUrl, $"register call Tonga {Day(31)} as Control Arms", "29:ben", "Ben Okafor", id: "same-activity");
        await Client.PostActivityAsync(activity);
        await Client.PostActivityAsync(activity);

        await Connector.WaitForCallsAsync(before + 3, TimeSpan.FromSeconds(5));
        await Settled("29:ben");
        Assert.Equal(before + 3, Connector.CallsBesideMarkers.Count);
        var mine = await Say("29:ben", "Ben Okafor", "mine");
        Assert.Contains("OR-0002", Shown(mine));
        Assert.DoesNotContain("OR-0003", Shown(mine));
    }

    [Fact]
    public async Task Concurrent_conflicting_registrations_detect_each_other_exactly_once()
    {
        await SubscribeSecretariat();
        var before = Connector.Calls.Count;
        await Task.WhenAll(
            Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, $"register bilateral Samoa {Day(20)} as Mexico", "29:ana", "Ana Ruiz")),
            Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, $"register bilateral Samoa {Day(21)} as Control Arms", "29:ben", "Ben Okafor")));

        // Two confirmations, one heads-up to whoever registered first, one alert.
        var calls = await Connector.WaitForCallsAsync(before + 4, TimeSpan.FromSeconds(5));
        await Settled("29:ana", "29:ben");
        Assert.Equal(before + 4, Connector.CallsBesideMarkers.Count);
        Assert.Single(calls.Skip(before), c => c.Path.Contains(Uri.EscapeDataString("a:personal-29:secretariat-1")));
        Assert.Single(calls.Skip(before), c => c.CardJson.Contains("Registered OR-") && (c.CardJson.Contains("Ana Ruiz") && c.CardJson.Contains("Ben Okafor")));
    }

    private static readonly string SecretariatSend = $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-" + Secretariat)}/activities";

    private int Delivered(string path) => Connector.Calls.Count(c => c.Path == path && c.Status == 200);

    private static Task WaitUntil(Func<bool> condition, int seconds = 10) => Eventually.Holds(condition, seconds);

    [Fact]
    public async Task An_alert_survives_aConnector_outage_and_is_delivered_once()
    {
        await SubscribeSecretariat();
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        Connector.FailPath(SecretariatSend, times: 3);

        await Say("29:ben", "Ben Okafor", $"register call Tonga {Day(30)} as Control Arms");

        await WaitUntil(() => Delivered(SecretariatSend) == 1);
        Assert.Equal(3, Connector.Calls.Count(c => c.Path == SecretariatSend && c.Status == 503));
        await OutboxEmpty(); // every attempt of every notice has ended
        Assert.Equal(1, Delivered(SecretariatSend));
    }

    [Fact]
    public async Task An_undelivered_alert_is_delivered_after_a_restart()
    {
        await SubscribeSecretariat();
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        Connector.FailPath(SecretariatSend, times: 1_000);
        await Say("29:ben", "Ben Okafor", $"register call Tonga {Day(30)} as Control Arms");
        await WaitUntil(() => Connector.Calls.Count(c => c.Path == SecretariatSend) >= 2);

        App.KeepDatabase = true;
        await App.DisposeAsync();
        Connector.FailPath(SecretariatSend, times: 0);
        await using var restarted = new AttBotApp(Settings(), App.Directory);
        restarted.CreateClient(); // starts the host, and with it the outbox dispatcher

        await WaitUntil(() => Delivered(SecretariatSend) == 1, seconds: 20);
        await OutboxEmpty(restarted.DatabasePath); // every attempt of every notice has ended
        Assert.Equal(1, Delivered(SecretariatSend));
    }

    [Fact]
    public async Task Problems_are_explained_and_the_form_keeps_what_was_typed()
    {
        var reply = await Say("29:ana", "Ana Ruiz", $"register bilateral Tonaga {Day(30)}..{Day(20)} topic accession as Mexico");
        var card = Shown(reply);
        Assert.Contains("Tonga", card);            // suggestion for the typo
        Assert.Contains("before it starts", card); // why the dates are impossible
        Assert.Contains("Mexico", card);           // what was typed is kept in the form
        Assert.DoesNotContain("Registered OR-", card);

        var past = await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(-10)} as Mexico");
        Assert.DoesNotContain("Registered OR-", Shown(past));
        var impossible = await Say("29:ana", "Ana Ruiz", "register bilateral Tonga 2027-02-30 as Mexico");
        Assert.Contains("February", Shown(impossible));
    }

    [Fact]
    public async Task The_organization_is_remembered_after_first_use()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        var second = await Say("29:ana", "Ana Ruiz", $"register call Fiji {Day(60)}");
        Assert.Contains("Registered OR-0002", Shown(second));
        Assert.Contains("Mexico", Shown(second));
    }

    [Fact]
    public async Task Only_the_organizer_or_the_secretariat_may_change_a_registration()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");

        var refused = await Say("29:ben", "Ben Okafor", "cancel OR-0001");
        Assert.Contains("Only the organizer of OR-0001 or the ATT Secretariat", Shown(refused));
        var moved = await Say("29:ana", "Ana Ruiz", $"move OR-0001 {Day(40)}..{Day(41)}");
        Assert.Contains("OR-0001 moved", Shown(moved));
        var done = await Say(Secretariat, "Sam Secretariat", "done OR-0001 met the legal adviser; bill in June");
        Assert.Contains("OR-0001 recorded as done", Shown(done));
        var again = await Say("29:ana", "Ana Ruiz", "cancel OR-0001");
        Assert.Contains("already done", Shown(again));
    }

    [Fact]
    public async Task Only_the_secretariat_may_subscribe_to_alerts()
    {
        var refused = await Say("29:ben", "Ben Okafor", "subscribe alerts");
        Assert.Contains("Only members of the ATT Secretariat", Shown(refused));
    }

    [Fact]
    public async Task The_status_card_shows_planned_outreach()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        var status = await Say("29:ben", "Ben Okafor", "status Tonga");
        Assert.Contains("Outreach planned in the next 90 days: 1", Shown(status));
    }

    [Fact]
    public async Task Everyday_words_reach_the_outreach_list_and_thanks_get_a_friendly_word()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");

        var who = Shown(await Say("29:ben", "Ben Okafor", "who is going to Tonga?"));
        var thanks = Shown(await Say("29:ben", "Ben Okafor", "thanks!"));

        Assert.Contains("OR-0001", who);
        Assert.Contains("You're welcome", thanks);
        Assert.DoesNotContain("did you mean", thanks, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_status_card_says_what_is_planned_after_the_next_90_days_instead_of_nothing()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(120)} as Mexico");
        await Say("29:ana", "Ana Ruiz", $"register workshop Tonga {Day(150)} as Mexico");

        var status = await Say("29:ben", "Ben Okafor", "status Tonga");

        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(120);
        Assert.Contains($"Nothing planned in the next 90 days · 2 later, from {AttBot.Domain.Treaty.StatusWording.Date(first)}: type “outreach Tonga” to see them.", Shown(status));
        Assert.DoesNotContain("No outreach planned", Shown(status));
    }

    [Fact]
    public async Task The_form_submitted_by_a_card_button_registers_and_answers_in_place()
    {
        var invoke = Activities.CardAction(Connector.ServiceUrl, "outreach.register", new JsonObject
        {
            ["organization"] = "Mexico", ["kind"] = "bilateral", ["countries"] = "TON", ["moreCountries"] = "Fiji",
            ["start"] = Day(30), ["end"] = Day(31), ["topics"] = "accession,reporting", ["restricted"] = "false",
        });
        var response = await Client.PostActivityAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Registered OR-0001", body["value"]!.ToJsonString());
        Assert.Contains("Fiji", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task The_secretariat_settles_a_conflict_from_the_alert_and_stakeholders_cannot()
    {
        await SubscribeSecretariat();
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        await Say("29:ben", "Ben Okafor", $"register call Tonga {Day(30)} as Control Arms");

        var click = Activities.CardAction(Connector.ServiceUrl, "conflict.coordinated", new JsonObject { ["conflictId"] = 1 });
        click["from"] = Activities.From("29:ben", "Ben Okafor");
        var refused = JsonNode.Parse(await (await Client.PostActivityAsync(click)).Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", refused["type"]!.GetValue<string>());

        click["from"] = Activities.From(Secretariat, "Sam Secretariat");
        var settled = JsonNode.Parse(await (await Client.PostActivityAsync(click)).Content.ReadAsStringAsync())!;
        Assert.Contains("Marked coordinated by Sam Secretariat", settled["value"]!.ToJsonString());
    }

    [Fact]
    public async Task The_secretariat_reads_who_changed_a_registration_and_stakeholders_cannot()
    {
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} as Mexico");
        await Say("29:ana", "Ana Ruiz", $"move OR-0001 {Day(35)}");

        var refused = await Say("29:ben", "Ben Okafor", "history OR-0001");
        Assert.Contains("Only members of the ATT Secretariat", Shown(refused));
        Assert.DoesNotContain("Ana Ruiz", Shown(refused));

        var history = Shown(await Say(Secretariat, "Sam Secretariat", "history OR-0001"));
        Assert.Contains("History of OR-0001", history);
        Assert.Contains("Ana Ruiz (Teams) registered OR-0001.", history);
        Assert.Contains("Ana Ruiz (Teams) moved OR-0001.", history);
        static string InWords(int days) => AttBot.Domain.Treaty.StatusWording.Date(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days));
        Assert.Contains($"First day: {InWords(30)} → {InWords(35)}", history);
        Assert.DoesNotContain("start:", history);

        var byCountry = Shown(await Say(Secretariat, "Sam Secretariat", "history Tonga"));
        Assert.Contains("History of Tonga", byCountry);
        Assert.Contains("moved OR-0001", byCountry);
    }
}
