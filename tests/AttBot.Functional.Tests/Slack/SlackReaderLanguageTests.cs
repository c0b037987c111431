namespace AttBot.Functional.Tests.Slack;

/// <summary>Slack answers in the locale users.info tells for the person (es-ES here), through the same dispatcher as Teams.</summary>
public sealed class SlackReaderLanguageTests : SlackTestBase
{
    [Fact]
    public async Task A_person_whose_Slack_is_in_Spanish_gets_the_status_and_the_help_in_Spanish()
    {
        Slack.Locales["U0LEA"] = "es-ES";

        var status = (await Ask("status Tonga")).Shown;
        Assert.Contains("Ni signatario ni parte", status);
        Assert.Contains("Datos actualizados al", status);
        Assert.DoesNotContain("Neither signatory nor party", status);

        var help = (await Ask("help")).Shown;
        Assert.Contains("Lo que hace AttBot", help);
        Assert.Contains("/att estado Viet Nam", help);
        Assert.DoesNotContain("What AttBot can do", help);
    }

    [Fact]
    public async Task A_Spanish_one_line_registration_is_confirmed_in_Spanish()
    {
        Slack.Locales["U0LEA"] = "es-ES";

        var confirmation = (await Ask($"registrar bilateral Tonga {OutreachRegistrationTests.Day(30)} como España")).Shown;

        Assert.Contains("Gestión OR-0001 registrada", confirmation);
        Assert.DoesNotContain("Registered", confirmation);
    }
}
