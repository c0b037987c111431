using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The Teams search message extension through the real pipeline: the invoke is answered in its own HTTP response.</summary>
public sealed class MessageExtensionTests() : BotTestBase(new())
{
    private async Task<JsonNode> Search(string text, string commandId = "searchState", int? count = null)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "");
        activity["type"] = "invoke";
        activity.Remove("text");
        activity["name"] = "composeExtension/query";
        activity["value"] = new JsonObject
        {
            ["commandId"] = commandId,
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "state", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = count ?? 25 },
        };
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonArray Results(JsonNode answer)
    {
        Assert.Equal("result", answer["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal("list", answer["composeExtension"]!["attachmentLayout"]!.GetValue<string>());
        return answer["composeExtension"]!["attachments"]!.AsArray();
    }

    [Fact]
    public async Task Searching_a_state_by_any_name_gives_its_status_card_with_a_preview_and_the_planned_count_without_who()
    {
        await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl,
            $"register bilateral Tonga {OutreachRegistrationTests.Day(20)} topic accession restricted as Mexico note meeting the minister", "29:ana", "Ana Ruiz", "m1"));
        await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == "m1");

        foreach (var name in new[] { "Tonga", "TON", "汤加" })
        {
            var results = Results(await Search(name));
            var result = Assert.Single(results)!;
            Assert.Equal("application/vnd.microsoft.card.thumbnail", result["preview"]!["contentType"]!.GetValue<string>());
            Assert.Equal("Tonga", result["preview"]!["content"]!["title"]!.GetValue<string>());
            Assert.Equal("application/vnd.microsoft.card.adaptive", result["contentType"]!.GetValue<string>());
            var card = result["content"]!.ToJsonString();
            Assert.Contains("Outreach planned in the next 90 days: 1", card);
            Assert.DoesNotContain("Mexico", card);
            Assert.DoesNotContain("Ana", card);
            Assert.DoesNotContain("minister", card);
            Assert.DoesNotContain("bilateral", card, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_ambiguous_name_lists_each_state_and_an_empty_or_unknown_search_lists_none_or_suggestions()
    {
        var korea = Results(await Search("Korea")).Select(r => r!["preview"]!["content"]!["title"]!.GetValue<string>()).ToList();
        Assert.Contains("Republic of Korea", korea);
        Assert.Contains("Democratic People's Republic of Korea", korea);
        Assert.Empty(Results(await Search("")));
        Assert.Single(Results(await Search("Korea", count: 1)));
        Assert.Contains("Malaysia", Results(await Search("Malaysai")).Select(r => r!["preview"]!["content"]!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_search_command_is_refused()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "");
        activity["type"] = "invoke";
        activity.Remove("text");
        activity["name"] = "composeExtension/query";
        activity["value"] = new JsonObject { ["commandId"] = "somethingElse", ["parameters"] = new JsonArray() };
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
