using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The universalization map through the real pipeline: the card's Image points at the bot, which serves the PNG.</summary>
public sealed class MapTests() : BotTestBase(new()
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

    private static Uri ImageOf(ConnectorCall reply)
    {
        var image = reply.Card!["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Image")!;
        var url = new Uri(image["url"]!.GetValue<string>());
        Assert.Equal("bot.example.test", url.Host);
        Assert.Matches("^/api/maps/[0-9a-f]{32}\\.png$", url.AbsolutePath);
        return url;
    }

    private async Task<HttpResponseMessage> Fetch(Uri url)
    {
        var response = await Client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return response;
    }

    [Fact]
    public async Task A_stakeholder_maps_Oceania_and_sees_the_region_figures_and_a_planned_count_without_who()
    {
        await Say("29:ana", $"register bilateral Tonga {Day(30)}..{Day(32)} topic accession restricted as Mexico");

        var reply = await Say("29:bo", "map Oceania");

        Assert.Contains("States Parties: 7 (47 %)", reply.CardJson);
        Assert.Contains("Signatories: 2 (13 %)", reply.CardJson);
        Assert.Contains("Outreach planned in the next 90 days: 1 state", reply.CardJson);
        Assert.DoesNotContain("Mexico", reply.CardJson);
        Assert.DoesNotContain("Ana", reply.CardJson);
        Assert.DoesNotContain("Tonga", reply.CardJson);
        var response = await Fetch(ImageOf(reply));
        Assert.True(response.Headers.CacheControl?.Public, "a public map may be cached anywhere");
    }

    [Fact]
    public async Task The_region_card_and_the_world_table_carry_the_map()
    {
        await Fetch(ImageOf(await Say("29:ana", "region Oceania")));
        await Fetch(ImageOf(await Say("29:ana", "region")));
        var world = await Say("29:ana", "map");
        Assert.Contains("States Parties: 118 (60 %)", world.CardJson);
    }

    [Fact]
    public async Task A_new_registration_gives_the_map_a_new_address_and_the_same_data_the_same_one()
    {
        var before = ImageOf(await Say("29:ana", "map Oceania"));
        Assert.Equal(before, ImageOf(await Say("29:bo", "map oceania")));

        await Say("29:ana", $"register workshop Fiji {Day(10)} as Mexico");

        var after = ImageOf(await Say("29:ana", "map Oceania"));
        Assert.NotEqual(before, after);
        await Fetch(after);
    }

    [Fact]
    public async Task Only_the_secretariat_maps_outreach_by_period_and_kind_and_its_map_is_private()
    {
        await Say("29:ana", $"register workshop Viet Nam {Day(60)} topic implementation restricted as Mexico");

        var refused = await Say("29:ana", "map region Asia kind workshop");
        Assert.Contains("Only members of the ATT Secretariat", refused.Text);
        Assert.Null(refused.Card);

        var reply = await Say(Secretariat, "map region Asia kind workshop");
        Assert.Contains("Outreach in the next 90 days (workshop): 1 state", reply.CardJson);
        var response = await Fetch(ImageOf(reply));
        Assert.True(response.Headers.CacheControl?.Private, "a Secretariat map is cached privately only");
        Assert.False(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task An_unknown_region_gets_suggestions_and_an_unknown_address_404()
    {
        var reply = await Say("29:ana", "map Oceanai");
        Assert.Contains("did you mean", reply.Text);
        Assert.Contains("Oceania", reply.Text);

        foreach (var path in new[] { "/api/maps/0123456789abcdef0123456789abcdef.png", "/api/maps/world.png", "/api/maps/..%2F..%2Fattbot.db.png" })
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(path)).StatusCode);
    }
}
