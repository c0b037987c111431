using System.Net;
using AttBot.Host.Outreach;

namespace AttBot.Functional.Tests.Slack;

/// <summary>A Slack Secretariat entry names the workspace and the user: the same user id from another workspace is no one special.</summary>
public sealed class SlackIdentityTests : SlackTestBase
{
    private async Task<SlackCall> AskFrom(string team, string user, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await SlackClient.PostAsync("/api/slack/commands", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["team_id"] = team, ["channel_id"] = "D0SAM", ["user_id"] = user, ["user_name"] = "sam",
            ["command"] = "/att", ["text"] = text, ["response_url"] = Slack.ResponseUrl(id), ["trigger_id"] = $"trigger-{id}",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Slack.ResponseTo(id);
    }

    [Fact]
    public async Task The_member_is_the_secretariat_in_their_own_workspace_only()
    {
        Assert.Contains("ATT Secretariat", (await AskFrom(Team, SlackSecretariat, "roles")).Shown);

        var elsewhere = await AskFrom("T0OTHER", SlackSecretariat, "roles");

        Assert.Contains(AttBot.Domain.Language.PermissionWords.Refusal(AttBot.Domain.Commands.Guarded.RoleList, AttBot.Domain.Language.Language.English), elsewhere.Shown);
    }
}
