using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Tests;

public sealed class ActivitySerializationTests
{
    private const string TeamsChannelMessage = """
        { "type": "message", "id": "1481567603816", "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/", "timestamp": "2017-10-29T00:51:05.9908157Z",
          "from": { "id": "29:9e52", "name": "Jane Smith", "aadObjectId": "aad-1", "userRole": "user" },
          "recipient": { "id": "28:bot-app-id", "name": "AttBot" },
          "conversation": { "id": "19:aebd@thread.skype;messageid=1481567603816", "conversationType": "channel", "isGroup": true, "tenantId": "tid" },
          "text": "<at>AttBot</at> status Malaysia",
          "entities": [ { "type": "mention", "text": "<at>AttBot</at>", "mentioned": { "id": "28:bot-app-id", "name": "AttBot" } },
                        { "type": "clientInfo", "locale": "en-US", "country": "US" } ],
          "channelData": { "channel": { "id": "19:c" }, "team": { "id": "19:t" }, "tenant": { "id": "tid" } },
          "someFutureField": { "nested": [1, 2, 3] } }
        """;

    [Fact]
    public void Nothing_a_channel_sends_is_lost_on_a_round_trip()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;
        var roundTripped = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsChannelMessage)!["someFutureField"], roundTripped["someFutureField"]));
        Assert.Equal("user", roundTripped["from"]!["userRole"]!.GetValue<string>());
        Assert.Equal("US", roundTripped["entities"]![1]!["country"]!.GetValue<string>());
        Assert.Equal("19:t", roundTripped["channelData"]!["team"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Outbound_json_is_camel_case_without_nulls()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "Done.", ReplyToId = "1" }, BotJson.Options);
        Assert.Equal("""{"type":"message","text":"Done.","replyToId":"1"}""", json);
    }

    [Fact]
    public void The_bots_own_mention_is_removed_and_other_mentions_stay()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;
        Assert.Equal("status Malaysia", activity.TextWithoutRecipientMention());

        activity.Text = "<at>AttBot</at> ask <at>Jane Smith</at>";
        Assert.Equal("ask <at>Jane Smith</at>", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void A_mention_without_an_entity_is_still_removed_when_it_names_the_bot()
    {
        var activity = new Activity { Text = "<at>AttBot</at>  help", Recipient = new ChannelAccount { Id = "28:x", Name = "AttBot" } };
        Assert.Equal("help", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void A_card_sent_from_a_message_extension_with_only_its_placeholder_as_text_is_recognized()
    {
        // As the Agents Playground 0.2.28 sends a status card inserted from the search extension (FINDINGS.md).
        var card = new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = new JsonObject { ["type"] = "AdaptiveCard" } };
        var activity = new Activity
        {
            Text = "\n<span class=\"inline-compose-card\" itemid=\"0\" itemtype=\"http://schema.skype.com/InputExtension\">\n  <span content=\"0\" itemprop=\"cardId\"></span>\n</span>\n",
            Attachments = [card],
        };
        Assert.True(activity.IsComposedCardOnly());

        activity.Text = "status Tonga <span class=\"inline-compose-card\" itemid=\"0\"><span itemprop=\"cardId\"></span></span>";
        Assert.False(activity.IsComposedCardOnly()); // words typed with the card are still read
        Assert.False(new Activity { Text = "status Tonga", Attachments = [card] }.IsComposedCardOnly());
        Assert.False(new Activity { Text = "<span class=\"inline-compose-card\"></span>" }.IsComposedCardOnly());
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender_in_the_same_conversation()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;
        var reply = activity.CreateReply("hi");

        Assert.Equal("28:bot-app-id", reply.From!.Id);
        Assert.Equal("29:9e52", reply.Recipient!.Id);
        Assert.Equal(activity.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("1481567603816", reply.ReplyToId);
        Assert.Equal(activity.ServiceUrl, reply.ServiceUrl);
    }

    [Fact]
    public void A_conversation_reference_keeps_what_a_proactive_message_needs()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;
        var reference = activity.GetConversationReference();

        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
        Assert.Equal("tid", reference.Conversation!.TenantId);
        Assert.Equal("28:bot-app-id", reference.Bot!.Id);
        Assert.Equal("msteams", reference.ChannelId);
    }
}
