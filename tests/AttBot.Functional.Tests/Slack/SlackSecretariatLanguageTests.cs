using System.Net;

namespace AttBot.Functional.Tests.Slack;

/// <summary>A Slack Secretariat member whose users.info locale is fr-FR gets the export in French: the message and the file.</summary>
public sealed class SlackSecretariatLanguageTests : SlackTestBase
{
    [Fact]
    public async Task A_French_Secretariat_member_gets_a_French_export_link_and_a_French_file()
    {
        Slack.Locales[SlackSecretariat] = "fr-FR";
        await Ask($"register bilateral Tonga {OutreachRegistrationTests.Day(30)}..{OutreachRegistrationTests.Day(32)} topic accession as Mexico");

        var ready = await Ask("export csv kind bilateral", user: SlackSecretariat);

        Assert.Contains("Export prêt", ready.Shown);
        Assert.Contains("1 inscription — bilatérale.", ready.Shown);
        Assert.Contains("Lien valable jusqu’au", ready.Shown);
        Assert.Contains("Télécharger", ready.Shown);
        foreach (var english in new[] { "Export ready", "registration", "Link valid until", "Download", "keep it within the Secretariat" })
            Assert.DoesNotContain(english, ready.Shown);

        var url = ready.Body["blocks"]!.AsArray().Select(b => b?["accessory"]?["url"]?.GetValue<string>()).OfType<string>().Single();
        var file = await Client.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var lines = (await file.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Inscription,Étape,Premier jour,Dernier jour,Codes des États,États,Région,Type de démarche,Thèmes,Au nom de", lines[0]);
        Assert.StartsWith("\"OR-0001\",prévue,", lines[1]);
        Assert.Contains(",bilatérale,Ratification / adhésion,Mexico,", lines[1]);
    }
}
