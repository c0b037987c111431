using AttBot.Functional.Tests.Infrastructure;
using System.Net;
using System.Text.Json.Nodes;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// On Slack, the registration modal asks before storing what looks like the person's own earlier registration: the
/// modal closes and the question arrives in their direct message with the app, with the same buttons as a typed line's.
/// A restricted question in a channel is seen by the asker alone; a gap's button opens the modal with its state picked.
/// </summary>
public sealed class SlackFormAskBeforeTests : SlackTestBase
{
    private const string Partners = AskedForm.Partners, Notes = AskedForm.Notes;

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

    private static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };
    private static JsonObject Selected(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };
    private static JsonObject Many(params string[] values) => new()
    {
        ["type"] = "multi_static_select",
        ["selected_options"] = new JsonArray(values.Select(v => (JsonNode)new JsonObject { ["value"] = v }).ToArray()),
    };
    private static JsonObject Date(string date) => new() { ["type"] = "datepicker", ["selected_date"] = date };

    private static Dictionary<string, JsonObject> Form() => new()
    {
        ["organization"] = Text("Mexico"),
        ["kind"] = Selected("bilateral"),
        ["countries.Oceania"] = Many("TON"),
        ["moreCountries"] = Text("Fiji"),
        ["start"] = Date(Day(31)),
        ["end"] = Date(Day(33)),
        ["topics"] = Many("accession", "implementation"),
        ["partners"] = Text(Partners),
        ["restricted"] = new JsonObject { ["type"] = "checkboxes", ["selected_options"] = new JsonArray() },
        ["notes"] = Text(Notes),
    };

    private static (string ActionId, string Value) Button(SlackCall answer, string label) =>
        answer.Body["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Where(e => e!["text"]!["text"]!.GetValue<string>() == label)
            .Select(e => (e!["action_id"]!.GetValue<string>(), e["value"]!.GetValue<string>())).Single();

    private async Task<SlackCall> Press((string ActionId, string Value) button, string user = "U0LEA", string channel = "D0LEA")
    {
        var id = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await Click(button.ActionId, button.Value, user, id, channel)).StatusCode);
        return await Slack.ResponseTo(id);
    }

    /// <summary>Léa registered Tonga by line, then submits the modal for Tonga and Fiji a day later: the question, from her direct message.</summary>
    private async Task<SlackCall> LeaSubmitsTheModal()
    {
        Assert.Contains("Registered OR-0001", (await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico")).Shown);

        var response = await Interaction(Submission("V0ASK1", Form()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync()); // an empty answer closes the modal
        var question = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Shown.Contains("Did you already register this?"));
        Assert.Equal("U0LEA", question.Body["channel"]!.GetValue<string>());
        Assert.Equal(1, CountRows("outreach"));
        return question;
    }

    [Fact]
    public async Task A_modal_like_one_s_own_earlier_registration_closes_and_the_question_arrives_in_the_direct_message()
    {
        var question = await LeaSubmitsTheModal();

        Assert.Contains("Your registration OR-0001 already covers Tonga on", question.Shown);
        Assert.StartsWith("register anyway #", Button(question, "Register anyway").Value);
        Assert.StartsWith("change OR-0001 #", Button(question, "Change OR-0001 instead").Value);
        Assert.Equal("discard registration", Button(question, "Discard").Value);
    }

    [Fact]
    public async Task Register_anyway_stores_every_field_of_the_modal_once_and_discard_nothing()
    {
        var question = await LeaSubmitsTheModal();

        Assert.Contains("Discarded: nothing was registered.", (await Press(Button(question, "Discard"))).Shown);
        Assert.Equal(1, CountRows("outreach"));

        var anyway = Button(question, "Register anyway");
        Assert.Contains("Registered OR-0002", (await Press(anyway)).Shown);
        Assert.Contains("Registered OR-0002", (await Press(anyway)).Shown);
        Assert.Equal(2, CountRows("outreach"));
        Assert.Equal(1, CountRows("outreach", AskedForm.StoredAsSecond(Day(31), Day(33))));
        Assert.Equal(2, CountRows("outreach_targets", "outreach_id = 2"));
        // Each click that stores is journaled before its ack, keyed by the click; Discard stores nothing, and is not.
        Assert.Equal(2, CountRows("inbox", "source_key LIKE 'slack|action|U0LEA|%'"));
    }

    [Fact]
    public async Task Change_instead_says_what_differs_and_offers_cancel_and_register_this_one()
    {
        var howTo = await Press(Button(await LeaSubmitsTheModal(), "Change OR-0001 instead"));

        Assert.Contains($"/att move OR-0001 {Day(31)}..{Day(33)}", howTo.Shown);
        Assert.Contains("This one also differs from OR-0001 in: States, Topics, Partners, Notes.", howTo.Shown);
        Assert.Equal("cancel OR-0001", Button(howTo, "Cancel OR-0001").Value);
        Assert.StartsWith("register anyway #", Button(howTo, "Register this one").Value);
        Assert.Empty(howTo.Violations);
    }

    [Fact]
    public async Task A_restricted_registration_asked_about_in_a_channel_is_seen_by_the_asker_alone()
    {
        await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} as Mexico");

        var question = await Ask($"register bilateral Tonga {Day(31)} with Secret Partner restricted as Mexico note confidential-note-text", channel: "C0OPEN");

        Assert.Contains("Did you already register this?", question.Shown);
        Assert.Equal("ephemeral", question.Body["response_type"]?.GetValue<string>());
        await Settled();
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage" && c.Shown.Contains("confidential-note-text"));
        Assert.Equal(1, CountRows("outreach"));
    }

    [Fact]
    public async Task A_gap_s_button_opens_the_modal_with_its_state_picked()
    {
        Assert.Contains("now in tier 3", (await Ask("priority Tonga 3", user: SlackSecretariat, channel: "D0SAM")).Shown);
        var gaps = await Ask("gaps Oceania", user: SlackSecretariat, channel: "D0SAM");

        var register = Button(gaps, "Register outreach to Tonga");
        Assert.Equal("register form TON", register.Value);
        Assert.Equal(HttpStatusCode.OK, (await Click(register.ActionId, register.Value, SlackSecretariat, "gap", "D0SAM")).StatusCode);

        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Equal("trigger-gap", open.Body["trigger_id"]?.GetValue<string>());
        var picked = open.Body["view"]!["blocks"]!.AsArray()
            .Select(b => b!["element"]?["initial_options"]?.AsArray() ?? (b!["element"]?["initial_option"] is { } one ? new JsonArray(one.DeepClone()) : null))
            .OfType<JsonArray>().SelectMany(o => o).Select(o => o!["value"]!.GetValue<string>());
        Assert.Contains("TON", picked);
    }
}
