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

    [Fact]
    public async Task A_Secretariat_member_whose_Slack_is_in_Spanish_reads_priorities_and_gaps_in_Spanish()
    {
        Slack.Locales[SlackSecretariat] = "es-ES";
        await Ask("priority Thailand 2", user: SlackSecretariat);

        var priorities = (await Ask("priorities", user: SlackSecretariat)).Shown;
        Assert.Contains("Prioridades: Todos los Estados", priorities);
        Assert.Contains("Nivel 2 · signatario que probablemente llegue a ser parte en los próximos años", priorities);
        Assert.Contains("Tailandia", priorities);
        Assert.Contains("Confidencial: solo para la Secretaría del TCA y los promotores regionales.", priorities);

        var gaps = (await Ask("gaps", user: SlackSecretariat)).Shown;
        Assert.Contains("Brechas: Todos los Estados", gaps);
        Assert.Contains("Estados de los niveles 1 a 3 sin gestiones previstas en los próximos 90 días.", gaps);
        Assert.Contains("Registrar una gestión", gaps);
        foreach (var english in new[] { "Priorities", "Gaps", "Tier 2", "Confidential", "Register outreach", "Thailand" })
            Assert.DoesNotContain(english, priorities + gaps);
    }

    [Fact]
    public async Task A_region_typed_in_Spanish_answers_in_Spanish()
    {
        Slack.Locales["U0LEA"] = "es-ES";

        var africa = (await Ask("región África")).Shown;

        Assert.Contains("África", africa);
        Assert.Contains("Estados partes", africa);
        Assert.Contains("Datos actualizados al", africa);
        Assert.DoesNotContain("States Parties", africa);
    }
}
