using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using AttBot.Host.Outreach;

namespace AttBot.Functional.Tests;

/// <summary>
/// A Roles:Secretariat entry names its channel: "msteams:&lt;object id&gt;" is matched only against the aadObjectId of an
/// msteams activity, never against from.id and never on another channel; an entry whose channel cannot be told stops
/// the bot at startup, saying how to write it.
/// </summary>
public sealed class IdentityBindingTests() : ChatTestBase(new() { ["Roles:Secretariat:0"] = "msteams:aad-sam" })
{
    [Fact]
    public async Task The_member_is_recognized_by_the_object_id_of_a_teams_activity()
    {
        // The bot learns a name from a person's messages; it remembers it without holding up the answer.
        await Say("29:sam", "Sam Secretariat", "help");
        await Eventually.Holds(() => CountRows("user_profiles") == 1);

        var reply = Shown(await Say("29:sam", "Sam Secretariat", "roles"));

        Assert.Contains("**ATT Secretariat**", reply);
        Assert.Contains("Sam Secretariat (msteams:aad-sam) — configuration", reply);
    }

    [Fact]
    public async Task A_web_chat_client_sending_the_same_object_id_is_not_the_secretariat()
    {
        var reply = Shown(await Say("29:sam", "Sam Secretariat", "roles", activity => activity["channelId"] = "webchat"));

        Assert.Equal(AttBot.Domain.Language.PermissionWords.Refusal(AttBot.Domain.Commands.Guarded.RoleList, AttBot.Domain.Language.Language.English), reply);
    }

    [Fact]
    public async Task A_client_that_picks_the_object_id_as_its_from_id_is_not_the_secretariat()
    {
        var reply = Shown(await Say("aad-sam", "Mallory", "grant secretariat 29:mallory",
            activity => activity["from"] = new JsonObject { ["id"] = "aad-sam", ["name"] = "Mallory" }));

        Assert.Equal(AttBot.Domain.Language.PermissionWords.Refusal(AttBot.Domain.Commands.Guarded.RoleChanges, AttBot.Domain.Language.Language.English), reply);
        Assert.Equal(0, CountRows("roles"));
    }

    [Fact]
    public async Task An_alert_to_the_member_by_user_id_alone_is_rendered_for_the_secretariat_once_they_have_written()
    {
        Assert.Contains("Alerts on", Shown(await Say("29:sam", "Sam Secretariat", "subscribe alerts")));
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} restricted as Hidden Ministry");
        await Say("29:ben", "Ben Okafor", $"register call Tonga {Day(30)} as Control Arms");

        var alert = await Connector.WaitForAsync(c => c.Path.Contains(Uri.EscapeDataString("a:personal-29:sam"), StringComparison.Ordinal) && c.Body?["replyToId"] is null);
        Assert.Contains("Hidden Ministry", alert.CardJson);
    }

    [Theory]
    [InlineData("29:sam", "is a Teams user id")]
    [InlineData("U0456DEF", "does not say its channel")]
    [InlineData("6f1c2d3e-0000-4000-8000-000000000001", "does not say its channel")]
    [InlineData("slack:U0456DEF", "workspace id and a user id")]
    [InlineData("msteams:29:sam", "is a Teams user id")]
    public void An_entry_whose_channel_cannot_be_told_stops_the_bot_at_startup(string entry, string why)
    {
        using var app = new AttBotApp(new() { ["Roles:Secretariat:0"] = entry });

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(why, failure.ToString());
        Assert.Contains("msteams:<Entra object id>", failure.ToString());
        Assert.Contains("slack:<workspace id>/<user id>", failure.ToString());
    }
}
