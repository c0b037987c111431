using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>Asking for a state's status, through the real HTTP pipeline, answered at a fake Connector.</summary>
public sealed class StatusConversationTests() : BotTestBase()
{

    [Theory]
    [InlineData("status Malaysia", "Malaysia", "Signatory, not yet ratified")]
    [InlineData("what is the status of Viet Nam?", "Viet Nam", "Neither signatory nor party")]
    [InlineData("Malaysia?", "Malaysia", "Signatory, not yet ratified")]
    [InlineData("马来西亚", "Malaysia", "Signatory, not yet ratified")]
    [InlineData("status Ecuador", "Ecuador", "State Party")]
    [InlineData("VNM", "Viet Nam", "Neither signatory nor party")]
    public async Task A_status_question_is_answered_with_the_status_card(string text, string name, string statusWords)
    {
        var message = Activities.Message(Connector.ServiceUrl, text, id: "act-1");
        var response = await Client.PostActivityAsync(message);
        Assert.Equal(200, (int)response.StatusCode);

        var reply = await Connector.WaitForOneAsync();
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/_connector/v3/conversations/a%3Apersonal-1/activities/act-1", reply.Path);
        Assert.Equal("act-1", reply.Body!["replyToId"]!.GetValue<string>());
        Assert.Equal(Activities.BotId, reply.Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user-1", reply.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Body["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains(name, reply.CardJson);
        Assert.Contains(statusWords, reply.CardJson);
        Assert.Contains(statusWords, reply.Card!["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_bots_own_mention_is_stripped_in_a_channel()
    {
        await Client.PostActivityAsync(Activities.ChannelMention(Connector.ServiceUrl, "status Ecuador"));

        var reply = await Connector.WaitForOneAsync();
        Assert.StartsWith("/_connector/v3/conversations/19%3Achannel%40thread.tacv2%3Bmessageid%3D1/activities/", reply.Path);
        Assert.Contains("Ecuador", reply.CardJson);
        Assert.Contains("State Party", reply.CardJson);
    }

    [Fact]
    public async Task An_ambiguous_name_offers_one_button_per_state()
    {
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Korea"));

        var reply = await Connector.WaitForOneAsync();
        var buttons = reply.Card!["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ActionSet")
            .SelectMany(s => s!["actions"]!.AsArray()).ToList();
        Assert.Equal(["Democratic People's Republic of Korea", "Republic of Korea"], buttons.Select(b => b!["title"]!.GetValue<string>()).Order());
        Assert.All(buttons, b => Assert.Equal("Action.Execute", b!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_name_gets_suggestions()
    {
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Malaysai Republik"));

        var reply = await Connector.WaitForOneAsync();
        var text = reply.Card?["fallbackText"]?.GetValue<string>() ?? reply.Text!;
        Assert.StartsWith("I don't know “Malaysai Republik”", text);
    }

    [Fact]
    public async Task Gibberish_gets_a_friendly_hint_and_no_error()
    {
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "qqqqqqqqzzzzz"));

        var reply = await Connector.WaitForOneAsync();
        var text = reply.Card?["fallbackText"]?.GetValue<string>() ?? reply.Text!;
        Assert.StartsWith("I don't know “qqqqqqqqzzzzz”", text);
        Assert.DoesNotContain("went wrong", text);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("hello")]
    [InlineData("")]
    public async Task Help_shows_what_the_bot_does_with_example_buttons(string text)
    {
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, text));

        var reply = await Connector.WaitForOneAsync();
        Assert.Contains("What AttBot can do", reply.CardJson);
        var actions = reply.Card!["actions"]!.AsArray();
        Assert.Contains(actions, a => a!["data"]?["command"]?.GetValue<string>() == "status Viet Nam");
    }

    [Fact]
    public async Task A_card_button_submit_runs_its_command()
    {
        var submit = Activities.Message(Connector.ServiceUrl, "");
        submit.Remove("text");
        submit["value"] = new JsonObject { ["command"] = "status Viet Nam" };
        await Client.PostActivityAsync(submit);

        var reply = await Connector.WaitForOneAsync();
        Assert.Contains("Viet Nam", reply.CardJson);
        Assert.Contains("Neither signatory nor party", reply.CardJson);
    }

    [Fact]
    public async Task Clicking_a_state_button_answers_the_invoke_with_its_status_card()
    {
        var response = await Client.PostActivityAsync(Activities.CardAction(Connector.ServiceUrl, "status", new JsonObject { ["iso3"] = "KOR" }));

        Assert.Equal(200, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("Republic of Korea", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("State Party", body["value"]!.ToJsonString());
        await AssertNoMoreCallsAsync(0);
    }

    [Fact]
    public async Task A_button_with_an_unknown_state_gets_an_error_invoke_response_not_a_crash()
    {
        var response = await Client.PostActivityAsync(Activities.CardAction(Connector.ServiceUrl, "status", new JsonObject { ["iso3"] = "XXX" }));

        Assert.Equal(200, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }
}
