using System.Net;
using System.Text.Json.Nodes;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>Button clicks and form submissions count against the per-person limit, as messages do.</summary>
public sealed class SlackClickLimitTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Bot:RateLimit:MessagesPerMinute"] = "1";
        settings["Bot:RateLimit:Burst"] = "2";
        return settings;
    }

    private static JsonObject Submission() => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = Team },
        ["user"] = new JsonObject { ["id"] = "U0LEA", ["username"] = "lea", ["team_id"] = Team },
        ["view"] = new JsonObject
        {
            ["id"] = "V0LIMIT",
            ["callback_id"] = "outreach.register",
            ["state"] = new JsonObject
            {
                ["values"] = new JsonObject
                {
                    ["organization"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "Mexico" } },
                    ["kind"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "bilateral" } } },
                    ["countries.Oceania"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "multi_static_select", ["selected_options"] = new JsonArray(new JsonObject { ["value"] = "TON" }) } },
                    ["start"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = Day(30) } },
                },
            },
        },
    };

    [Fact]
    public async Task Over_the_limit_a_form_submission_stays_open_with_the_notice_and_registers_nothing()
    {
        await Ask("status Tonga");
        await Ask("status Fiji");

        var response = await Interaction(Submission());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"response_action\":\"errors\"", body);
        Assert.Contains("faster than I can answer", body);
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task Over_the_limit_a_button_click_is_not_acted_on_and_the_person_is_told_once()
    {
        await Ask("status Tonga");
        await Ask("status Fiji");

        Assert.Equal(HttpStatusCode.OK, (await Click("command:0", "status Malaysia", "U0LEA", "click1")).StatusCode);

        var notice = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Shown.Contains("faster than I can answer"));
        Assert.Equal("U0LEA", notice.Body["channel"]?.GetValue<string>());
        Assert.DoesNotContain(Slack.Calls, c => c.Shown.Contains("Malaysia"));
    }
}
