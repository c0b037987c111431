using System.Net;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// What Slack's door says before any turn runs, in the language the bot already knows for the person: the refusal to a
/// workspace it does not serve. Slack tells a person's locale only through users.info, which the bot asks while
/// serving them, never about another workspace's people: a person met only from elsewhere reads English.
/// </summary>
public sealed class SlackDoorLanguageTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Slack:AllowedTeams:0"] = Team;
        return settings;
    }

    private async Task<string> RefusalFromAnotherWorkspace(string user)
    {
        var response = await Command("status Tonga", user: user, team: "T0ELSEWHERE");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Someone_whose_Slack_is_in_Spanish_is_refused_in_Spanish_from_a_workspace_not_served()
    {
        Slack.Locales["U0ANA"] = "es-ES";
        Assert.Contains("Ni signatario ni parte", (await Ask("status Tonga", user: "U0ANA")).Shown); // served: users.info asked

        Assert.Equal("Lo sentimos, AttBot no está disponible para su espacio de trabajo. Póngase en contacto con la Secretaría del TCA si cree que debería estarlo.",
            await RefusalFromAnotherWorkspace("U0ANA"));
    }

    [Fact]
    public async Task Someone_who_chose_French_is_refused_in_French_and_a_stranger_in_English()
    {
        await Ask("language fr", user: "U0JEAN");

        Assert.StartsWith("Désolé, AttBot n’est pas disponible pour votre espace de travail.", await RefusalFromAnotherWorkspace("U0JEAN"));
        Assert.StartsWith("Sorry, AttBot is not available to your workspace.", await RefusalFromAnotherWorkspace("U0STRANGER"));
    }
}
