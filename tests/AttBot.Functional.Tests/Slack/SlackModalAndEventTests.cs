using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>The registration modal (views.open, view_submission) and the Events API (mentions, direct messages, retries).</summary>
public sealed class SlackModalAndEventTests : SlackTestBase
{
    private static JsonObject Submission(string viewId, Dictionary<string, JsonObject> values) => new()
    {
        ["type"] = "view_submission",
        ["user"] = new JsonObject { ["id"] = "U0LEA", ["username"] = "lea", ["name"] = "lea" },
        ["trigger_id"] = "trigger-submit",
        ["view"] = new JsonObject
        {
            ["id"] = viewId,
            ["callback_id"] = "outreach.register",
            ["state"] = new JsonObject { ["values"] = new JsonObject(values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)new JsonObject { ["value"] = v.Value.DeepClone() }))) },
        },
    };

    private static JsonObject Text(string? value) => new() { ["type"] = "plain_text_input", ["value"] = value };
    private static JsonObject Selected(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };
    private static JsonObject Many(params string[] values) => new()
    {
        ["type"] = "multi_static_select",
        ["selected_options"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["value"] = v }).ToArray()),
    };
    private static JsonObject Date(string? date) => new() { ["type"] = "datepicker", ["selected_date"] = date };

    [Fact]
    public async Task Register_opens_the_form_as_a_modal_with_every_state_and_the_remembered_organization()
    {
        await Ask("organization Mexico");
        var ack = await Command("register", id: "form");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Equal("trigger-form", open.Body["trigger_id"]?.GetValue<string>());
        Assert.Contains("\"initial_value\":\"Mexico\"", open.Shown);
        Assert.Contains("\"value\":\"TON\"", open.Shown);
        Assert.Contains("\"value\":\"ZWE\"", open.Shown);
    }

    [Fact]
    public async Task A_submitted_form_is_registered_once_and_the_modal_shows_the_confirmation()
    {
        var values = new Dictionary<string, JsonObject>
        {
            ["organization"] = Text("Mexico"),
            ["kind"] = Selected("bilateral"),
            ["countries.Oceania"] = Many("TON", "FJI"),
            ["start"] = Date(Day(30)),
            ["end"] = Date(Day(32)),
            ["topics"] = Many("accession"),
            ["restricted"] = new JsonObject { ["type"] = "checkboxes", ["selected_options"] = new JsonArray() },
        };
        var first = await Interaction(Submission("V0FORM1", values));
        var again = await Interaction(Submission("V0FORM1", values)); // the same submission delivered twice

        foreach (var response in new[] { first, again })
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("update", body["response_action"]?.GetValue<string>());
            Assert.Contains("Registered OR-0001", body["view"]!.ToJsonString());
            Assert.Empty(AttBot.Cards.BlockKit.BlockKitLimits.CheckModal(body["view"]!.AsObject()));
        }
        Assert.Equal(1, CountRows("outreach"));
        Assert.Equal(2, CountRows("outreach_targets"));
    }

    [Fact]
    public async Task A_form_with_mistakes_shows_each_problem_under_its_field_and_registers_nothing()
    {
        var response = await Interaction(Submission("V0FORM2", new()
        {
            ["organization"] = Text("Mexico"),
            ["moreCountries"] = Text("Wakanda"),
            ["start"] = Date(Day(30)),
            ["end"] = Date(Day(20)),
        }));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", body["response_action"]?.GetValue<string>());
        Assert.Contains("Wakanda", body["errors"]!["moreCountries"]!.GetValue<string>());
        Assert.NotNull(body["errors"]!["kind"]);
        Assert.Contains("before it starts", body["errors"]!["end"]!.GetValue<string>());
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_conversation_and_a_retry_is_not_answered_again()
    {
        var first = await Event(MessageEvent("Ev0001", "status Tonga"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var reply = await Slack.WaitForAsync(c => c.Method == "chat.postMessage");
        Assert.Equal("D0LEA", reply.Body["channel"]?.GetValue<string>());
        Assert.Contains("Tonga", reply.Shown);

        var retry = await Event(MessageEvent("Ev0001", "status Tonga"), retryNum: 1);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Settled();
        Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Equal(1, CountRows("slack_deliveries"));
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_only_to_the_person_who_asked()
    {
        await Event(MessageEvent("Ev0002", "<@U0BOT> status Malaysia", channel: "C0OPEN", type: "app_mention", channelType: "channel"));

        var reply = await Slack.WaitForAsync(c => c.Method == "chat.postEphemeral");
        Assert.Equal("C0OPEN", reply.Body["channel"]?.GetValue<string>());
        Assert.Equal("U0LEA", reply.Body["user"]?.GetValue<string>());
        Assert.Contains("Malaysia", reply.Shown);
    }

    [Fact]
    public async Task Messages_from_bots_and_the_bot_itself_are_ignored()
    {
        var fromBot = MessageEvent("Ev0003", "status Tonga");
        fromBot["event"]!["bot_id"] = "B0OTHER";
        var fromSelf = MessageEvent("Ev0004", "status Tonga", user: "U0BOT");
        var edited = MessageEvent("Ev0005", "status Tonga");
        edited["event"]!["subtype"] = "message_changed";

        foreach (var e in new[] { fromBot, fromSelf, edited })
            Assert.Equal(HttpStatusCode.OK, (await Event(e)).StatusCode);
        await Settled(); // Léa's work (the other bot's message and the edit were sent as hers)
        await Settled(user: "U0BOT"); // the bot's own
        Assert.DoesNotContain(Slack.Calls, c => c.Method.StartsWith("chat.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_typed_in_a_direct_message_offers_a_button_that_opens_the_form()
    {
        await Event(MessageEvent("Ev0006", "register"));
        var prompt = await Slack.WaitForAsync(c => c.Method == "chat.postMessage");
        Assert.Contains("\"action_id\":\"register.open\"", prompt.Shown);

        await Click("register.open", "register", "U0LEA", "open", channel: "D0LEA");
        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Equal("trigger-open", open.Body["trigger_id"]?.GetValue<string>());
    }

    [Fact]
    public async Task When_Slack_refuses_the_answer_the_person_gets_a_short_apology_and_the_error_is_logged()
    {
        Slack.Script("chat.postMessage", (HttpStatusCode.OK, null, "not_in_channel"));
        await Event(MessageEvent("Ev0007", "status Tonga"));

        var apology = await Slack.WaitForAsync(c => c.Method == "chat.postEphemeral");
        Assert.Contains("Sorry, something went wrong on my side", apology.Shown);
        Assert.DoesNotContain("not_in_channel", apology.Shown);
        // The queue logs just after the apology went out.
        await Eventually.Holds(() => App.Logs.Lines.Any(l => l.Contains("Slack work failed") && l.Contains("not_in_channel")), seconds: 5);
    }

    [Fact]
    public async Task The_form_offered_after_a_mistaken_line_opens_with_what_was_typed()
    {
        await Click("register.open", $"register bilateral Wakanda {Day(30)} as Mexico", "U0LEA", "prefill", channel: "D0LEA");

        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Contains("\"initial_value\":\"Wakanda\"", open.Shown);
        Assert.Contains("\"initial_value\":\"Mexico\"", open.Shown);
        Assert.Contains($"\"initial_date\":\"{Day(30)}\"", open.Shown);
        Assert.Contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Bilateral", open.Shown);
    }

    [Fact]
    public async Task A_form_Slack_will_not_open_is_met_with_an_apology()
    {
        Slack.Script("views.open", (HttpStatusCode.OK, null, "expired_trigger_id"));
        await Command("register", id: "late");

        Assert.Contains("Sorry, something went wrong on my side", (await Slack.ResponseTo("late")).Shown);
    }
}
