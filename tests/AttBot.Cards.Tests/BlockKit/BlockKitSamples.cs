using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Audit;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;

namespace AttBot.Cards.Tests.BlockKit;

/// <summary>Every Slack message and modal variant, with the same samples as the Adaptive Cards.</summary>
public static class BlockKitSamples
{
    private static readonly DateOnly CurrentTo = new(2026, 11, 1);

    public static IEnumerable<(string Name, JsonObject Message)> Messages()
    {
        foreach (var country in EveryCard.Countries)
            yield return ($"status {country.Iso3}", SlackMessages.Status(country, CurrentTo, new PlannedOutreach(2, new DateOnly(2027, 3, 10), 90)));
        yield return ("help", SlackMessages.Help("/att"));
        yield return ("choose among many", SlackMessages.ChooseCountry("Guinea", EveryCard.Countries.Take(30).ToList()));
        yield return ("unknown with suggestions", SlackMessages.UnknownCountry("Tonnga", [EveryCard.ByIso3("TON"), EveryCard.ByIso3("TGO")]));
        yield return ("unknown, nothing close", SlackMessages.UnknownCountry(new string('x', 5000), []));
        yield return ("registration prompt", SlackMessages.RegistrationPrompt());

        var conflict = Duplication(AnaTonga, PitaOceania);
        yield return ("confirmation, no conflict", SlackMessages.RegistrationConfirmation(AnaTonga, [], AnaViewer, CountryName));
        yield return ("confirmation, restricted plan", SlackMessages.RegistrationConfirmation(PitaOceania, [], PitaViewer, CountryName));
        yield return ("confirmation, conflict with a shared plan", SlackMessages.RegistrationConfirmation(PitaOceania, [conflict], PitaViewer, CountryName));
        yield return ("confirmation, conflict with a restricted plan", SlackMessages.RegistrationConfirmation(AnaTonga, [conflict], AnaViewer, CountryName));
        yield return ("confirmation, many conflicts", SlackMessages.RegistrationConfirmation(AnaTonga,
            Enumerable.Range(1, 12).Select(i => Duplication(PitaOceania with { Id = i }, AnaTonga)).ToList(), AnaViewer, CountryName));
        yield return ("confirmation, very long notes", SlackMessages.RegistrationConfirmation(AnaTonga with { Notes = new string('n', 5000) }, [], AnaViewer, CountryName));

        yield return ("list, empty", SlackMessages.OutreachList("Outreach for Tonga", [], Bystander, CountryName, "No outreach registered for Tonga."));
        yield return ("list, stakeholder", SlackMessages.OutreachList("Outreach for Tonga", ManyPlans(5), Bystander, CountryName, "none"));
        yield return ("list, over 20", SlackMessages.OutreachList("Outreach for Tonga", ManyPlans(60), Secretariat, CountryName, "none"));

        yield return ("alert, unresolved", SlackMessages.ConflictAlert(Recorded(), CountryName));
        yield return ("alert, coordinated", SlackMessages.ConflictAlert(Recorded(ConflictResolution.Coordinated), CountryName));
        yield return ("heads-up, shared other", SlackMessages.ConflictHeadsUp(Duplication(PitaOceania with { Id = 39 }, AnaTonga), PitaViewer, CountryName));
        yield return ("heads-up, restricted other", SlackMessages.ConflictHeadsUp(conflict, AnaViewer, CountryName));
        yield return ("notice", SlackMessages.Notice("OR-0042 cancelled", "OR-0042 cancelled: Tonga, 10–12 March 2027."));
        yield return ("history, long", SlackMessages.History("Tonga", Enumerable.Range(1, 80).Select(i => new AuditEntry(
            DateTimeOffset.UnixEpoch.AddDays(i), new AuditActor("slack", "U1", "Léa Martin"), "outreach.moved", "outreach", "OR-0042", "TON",
            """{"start":"2027-03-10"}""", """{"start":"2027-04-01"}""")).ToList()));
        yield return ("history, empty", SlackMessages.History("OR-0042", []));
        foreach (var message in BlockKitDeskSamples.Messages())
            yield return message;
    }

    public static IEnumerable<(string Name, JsonObject View)> Modals()
    {
        yield return ("form, empty", SlackModals.RegistrationForm(null, EveryCard.Countries, Regions, null));
        yield return ("form, prefilled", SlackModals.RegistrationForm(Prefill, EveryCard.Countries, Regions, "Ignored"));
        yield return ("registered, with conflicts", SlackModals.Registered(AnaTonga,
            Enumerable.Range(1, 12).Select(i => Duplication(PitaOceania with { Id = i }, AnaTonga)).ToList(), AnaViewer, CountryName));
    }
}
