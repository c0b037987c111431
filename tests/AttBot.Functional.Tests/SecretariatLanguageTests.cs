using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// The Secretariat's material in the reader's language through the real pipeline: a Teams client in Spanish (es-ES)
/// reads the period summary and a state's history in Spanish.
/// </summary>
public sealed class SecretariatLanguageTests() : BotTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
    ["Exports:PublicBaseUrl"] = "http://bot.example.test",
})
{
    private const string Secretariat = "29:secretariat-1";

    private async Task<string> Say(string text, string userId, string locale)
    {
        var id = Guid.NewGuid().ToString("N");
        var activity = Activities.MessageFrom(Connector.ServiceUrl, text, userId, userId == Secretariat ? "Sam" : "Ana Ruiz", id);
        activity["locale"] = locale;
        var response = await Client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return reply.Card is null ? reply.Text ?? "" : reply.CardJson + reply.Body?["summary"];
    }

    [Fact]
    public async Task A_Spanish_Secretariat_member_reads_the_summary_and_a_state_s_history_in_Spanish()
    {
        var first = DateOnly.Parse(OutreachRegistrationTests.Day(30), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Registered OR-0001", await Say($"register bilateral Tonga {first:yyyy-MM-dd}..{first.AddDays(2):yyyy-MM-dd} topic accession as Mexico", "29:ana", "en-US"));

        var summary = await Say($"summary {first.Year}", Secretariat, "es-ES");

        Assert.Contains($"Gestiones: 1 de enero – 31 de diciembre de {first.Year}", summary);
        Assert.Contains("Actividades del período", summary);
        Assert.Contains("1 (0 realizadas, 1 prevista)", summary);
        Assert.Contains("Oceanía", summary);
        Assert.Contains("Ratificación / adhesión", summary);
        foreach (var english in new[] { "Activities in the period", "States reached", "By region", "whatever their dates", "Ratification / accession" })
            Assert.DoesNotContain(english, summary);

        var history = await Say("history Tonga", Secretariat, "es-ES");

        Assert.Contains("Historial de Tonga", history);
        Assert.Contains("Ana Ruiz (Teams) registró OR-0001.", history);
        Assert.Contains("Tipo de gestión: Bilateral", history);
        Assert.Contains("En nombre de: Mexico", history);
        foreach (var english in new[] { "History of", "registered OR-0001", "Kind of outreach", "On behalf of", "recorded changes" })
            Assert.DoesNotContain(english, history);
    }
}
