namespace AttBot.Functional.Tests;

/// <summary>The calendar's own content (titles and descriptions) in the language of the person the address was made for.</summary>
public sealed partial class CalendarFeedTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public async Task A_French_reader_s_calendar_reads_in_French_and_a_Spanish_reader_s_in_Spanish()
    {
        await RegisterSome();

        var frenchLink = LinkIn(await Ana("abonner calendrier", a => a["locale"] = "fr-FR"));
        var french = Parse(await Poll(frenchLink));
        Assert.Contains($"SUMMARY:Bilatérale (prévue){Nbsp}: Tonga", french);
        var description = Assert.Single(french, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Contains($"OR-0001{Nbsp}: Bilatérale\\, prévue", description);
        Assert.Contains($"\\nOrganisateur{Nbsp}: Ana Ruiz (Mexico)", description);
        Assert.Contains($"\\nÉtats{Nbsp}: Tonga", description);
        Assert.Contains($"\\nThèmes{Nbsp}: Ratification / adhésion", description);
        Assert.DoesNotContain("Organizer", description);

        await Ben("idioma es");
        var spanish = Parse(await Poll(LinkIn(await Ben("suscribir calendario"))));
        Assert.Contains("SUMMARY:Taller (prevista): Fiji", spanish);
        var restricted = Assert.Single(spanish, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Contains("Organizador: Ben Okafor (Control Arms)", restricted);
        Assert.Contains("Restringida: no la difunda más allá de quienes pueden verla.", restricted);

        // Each address keeps the language it was made in, whatever its owner reads later.
        Assert.Contains("SUMMARY:Bilateral (planned): Tonga", Parse(await Poll(LinkIn(await Ana("calendar feed", a => a["locale"] = "en-US")))));
        Assert.Contains($"SUMMARY:Bilatérale (prévue){Nbsp}: Tonga", Parse(await Poll(frenchLink)));
    }
}
