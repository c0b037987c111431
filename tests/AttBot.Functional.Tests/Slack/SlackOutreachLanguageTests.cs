using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// A person whose Slack is in Spanish (users.info says es-ES) lists outreach and their own registrations in Spanish,
/// opens the registration modal in Spanish, and is answered in Spanish by the short answers.
/// </summary>
public sealed class SlackOutreachLanguageTests : SlackTestBase
{
    [Fact]
    public async Task A_Spanish_reader_lists_mine_and_outreach_Tonga_in_Spanish()
    {
        Slack.Locales["U0LEA"] = "es-ES";
        Assert.Contains("Gestión OR-0001 registrada", (await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Spain")).Shown);
        await Ask($"register workshop Tonga {Day(31)} restricted as Control Arms", user: "U0PITA", channel: "D0PITA");

        var mine = (await Ask("mine")).Shown;
        Assert.Contains("Sus registros", mine);
        Assert.Contains("OR-0001 · ", mine);
        Assert.Contains("Bilateral · Prevista", mine);
        Assert.DoesNotContain("Your registrations", mine);
        Assert.DoesNotContain("Planned", mine);

        var tonga = (await Ask("outreach Tonga")).Shown;
        Assert.Contains("Gestiones ante Tonga", tonga);
        Assert.Contains("Otra parte interesada", tonga);
        Assert.Contains("gestión prevista (restringida)", tonga);
        Assert.DoesNotContain("Control Arms", tonga);
        foreach (var english in new[] { "Outreach for", "Another stakeholder", "planned engagement", "Restricted" })
            Assert.DoesNotContain(english, tonga);
    }

    [Fact]
    public async Task A_Spanish_reader_gets_the_registration_modal_and_the_short_answers_in_Spanish()
    {
        Slack.Locales["U0LEA"] = "es-ES";

        await Command("register", id: "form");
        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Contains("Registrar una gestión", open.Shown);
        Assert.Contains("Tipo de gestión", open.Shown);
        Assert.Contains("Estados: Oceanía", open.Shown);
        Assert.DoesNotContain("Kind of outreach", open.Shown);

        Assert.Contains("Entendido: actúa en nombre de *España*", (await Ask("organization España")).Shown);
        Assert.Contains("Solo los miembros de la Secretaría del TCA", (await Ask("roles")).Shown);
    }

    [Fact]
    public async Task Language_es_and_then_language_are_answered_in_Spanish()
    {
        Assert.Contains("Entendido: AttBot le responde ahora en español.", (await Ask("language es")).Shown);

        var asked = (await Ask("language")).Shown;
        Assert.Contains("Ha elegido Español.", asked);
        Assert.DoesNotContain("You chose", asked);
    }
}
