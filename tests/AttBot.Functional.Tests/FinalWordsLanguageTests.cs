using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>
/// The last words that were English whatever the reader read, through the real pipeline: Teams' apology after a
/// failed turn, the help's Secretariat and champion commands in the reader's own command words, and an import's
/// refused rows in the language of whoever reads them, not of whoever sent the file.
/// </summary>
public sealed class FinalWordsLanguageTests() : ChatTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
    ["Roles:Secretariat:1"] = Activities.SecretariatEntry(Colleague),
})
{
    private const string Secretariat = "29:secretariat-1";
    private const string Colleague = "29:secretariat-2";

    private static Action<System.Text.Json.Nodes.JsonObject> Locale(string locale) => a => a["locale"] = locale;

    /// <summary>The outreach table gone from under the bot: any turn that reads it fails inside, past the channel.</summary>
    private void LoseTheOutreachTable()
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TABLE outreach";
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_failed_turn_is_apologized_for_in_the_language_of_the_Teams_client()
    {
        await Say("29:ana", "Ana Ruiz", "aide", Locale("fr-FR")); // the bot is up and has read everyone's choices
        LoseTheOutreachTable();

        var apology = Shown(await Say("29:ana", "Ana Ruiz", "mes inscriptions", Locale("fr-FR")));

        Assert.Equal("Désolé, un problème est survenu de mon côté et je n’ai pas pu répondre. Veuillez réessayer dans un instant.", apology);
        Assert.DoesNotContain("outreach", apology);
    }

    [Fact]
    public async Task A_failed_turn_is_apologized_for_in_the_language_the_person_chose()
    {
        await Say("29:ana", "Ana Ruiz", "language es", Locale("en-US"));
        LoseTheOutreachTable();

        Assert.Equal("Lo siento, algo falló por mi parte y no pude responder. Vuelva a intentarlo en un momento.",
            Shown(await Say("29:ana", "Ana Ruiz", "mine", Locale("en-US"))));
    }

    [Fact]
    public async Task A_French_Secretariat_member_reads_French_command_words_in_help_and_each_one_works()
    {
        var help = Shown(await Say(Secretariat, "Sam", "aide", Locale("fr-FR")));
        foreach (var words in new[] { "historique OR-0042", "exporter csv 2027", "synthèse 2027", "priorités Afrique", "lacunes Afrique", "rôles" })
            Assert.Contains($"**{words}**", help);
        Assert.DoesNotContain("**summary", help);
        Assert.DoesNotContain("**priorities", help);

        var priorities = Shown(await Say(Secretariat, "Sam", "priorités Afrique", Locale("fr-FR")));
        Assert.Contains("Priorités", priorities);
        Assert.Contains("Afrique", priorities);
        Assert.Contains("Afrique", Shown(await Say(Secretariat, "Sam", "lacunes Afrique", Locale("fr-FR"))));
        Assert.Contains("2027", Shown(await Say(Secretariat, "Sam", "synthèse 2027", Locale("fr-FR"))));
        Assert.Contains("csv", Shown(await Say(Secretariat, "Sam", "exporter csv 2027", Locale("fr-FR"))));
        var roles = Shown(await Say(Secretariat, "Sam", "rôles", Locale("fr-FR")));
        Assert.DoesNotContain("Pour utiliser", roles); // read as the command, not as a word it needs more of
    }

    [Fact]
    public async Task An_import_s_refused_rows_read_in_Spanish_for_a_Spanish_colleague_after_an_English_preview()
    {
        const string csv = """
            Participant,Signature,"Ratification, Acceptance(A), Approval(AA), Accession(a)"
            Tonga,,2 Mar 2026 a
            Atlantis,3 Jun 2013,
            Viet Nam,5 Mar 2020,
            Fiji,sometime,
            """;
        var preview = Shown(await Say(Secretariat, "Sam", "import status\n" + csv, Locale("en-US")));
        Assert.Contains("“Atlantis” is not a state I know.", preview);
        Assert.Contains("so it cannot have been signed on 5 March 2020", preview);
        Assert.Contains("Afghanistan", preview);

        var applied = Shown(await Say(Colleague, "Lucía", "apply import 1", Locale("es-ES")));
        Assert.Contains("«Atlantis» no es un Estado que yo conozca.", applied);
        Assert.Contains("Viet Nam: el Tratado estuvo abierto a la firma solo desde el 3 de junio de 2013", applied);
        Assert.Contains("no pudo firmarse el 5 de marzo de 2020", applied);
        Assert.Contains("Fiji: la firma «sometime» no es una fecha como 3 Jun 2013.", applied);
        Assert.Contains("Afganistán", applied); // a State Party missing from the file, by its Spanish name
        Assert.DoesNotContain("is not a state I know", applied);
        Assert.DoesNotContain("cannot have been signed", applied);
    }
}
