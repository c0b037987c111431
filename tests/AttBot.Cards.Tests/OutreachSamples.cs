using System.Text.Json.Nodes;
using AttBot.Cards;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;

namespace AttBot.Cards.Tests;

/// <summary>Outreach records built by hand, and every variant of the outreach cards for the official parser.</summary>
public static class OutreachSamples
{
    public static readonly Organizer Ana = new("msteams", "29:ana", "Ana Ruiz");
    public static readonly Organizer Pita = new("msteams", "29:pita", "Pita Taufa");
    public static readonly Organizer Lea = new("slack", "U0LEA", "Léa Martin");

    public static readonly Viewer AnaViewer = new(Ana.ChannelId, Ana.UserId, Role.Stakeholder);
    public static readonly Viewer PitaViewer = new(Pita.ChannelId, Pita.UserId, Role.Stakeholder);
    public static readonly Viewer Bystander = new("msteams", "29:someone", Role.Stakeholder);
    public static readonly Viewer Secretariat = new("msteams", "29:secretariat", Role.Secretariat);

    public static string CountryName(string iso3) => EveryCard.Countries.FirstOrDefault(c => c.Iso3 == iso3)?.Name ?? iso3;

    public static readonly IReadOnlyList<string> Regions = new RegionDirectory(EveryCard.Countries).Names;

    /// <summary>Ana (Mexico), shared: bilateral with Tonga, 10–12 March 2027.</summary>
    public static OutreachPlan AnaTonga => new()
    {
        Id = 40,
        Organizer = Ana,
        Organization = "Mexico",
        Countries = ["TON"],
        Kind = OutreachKind.Bilateral,
        Window = new DateWindow(new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 12)),
        Topics = [OutreachTopic.Accession],
        Partners = "UNRCPD",
        Notes = "Meeting the Attorney General",
    };

    /// <summary>Pita (Control Arms), restricted: a workshop for Oceania's non-parties, 11–14 March 2027.</summary>
    public static OutreachPlan PitaOceania => new()
    {
        Id = 42,
        Organizer = Pita,
        Organization = "Control Arms",
        Countries = ["FJI", "TON", "TUV"],
        Region = "Oceania",
        Kind = OutreachKind.Workshop,
        Window = new DateWindow(new DateOnly(2027, 3, 11), new DateOnly(2027, 3, 14)),
        Topics = [OutreachTopic.Implementation, OutreachTopic.Parliamentary],
        Partners = "Pacific Islands Forum",
        Visibility = Visibility.Restricted,
        Notes = "Sensitive: opposition MPs invited",
    };

    public static Conflict Duplication(OutreachPlan earlier, OutreachPlan later) =>
        ConflictRule.Between(earlier, later, ConflictRule.DefaultWindowDays) ?? throw new InvalidOperationException("no conflict");

    public static readonly IReadOnlyList<RegistrationProblem> Problems =
    [
        new(RegistrationFields.Countries, "I don't know “Tonnga” — did you mean Tonga?"),
        new(RegistrationFields.Dates, "The outreach ends (1 March 2027) before it starts (10 March 2027)."),
    ];

    public static RegistrationRequest Prefill => new()
    {
        Kind = OutreachKind.Visit,
        CountryNames = ["TON", "Tuvalu", "Fiji"],
        RegionName = "oceania",
        Start = new DateOnly(2027, 3, 10),
        End = new DateOnly(2027, 3, 12),
        Topics = [OutreachTopic.Accession, OutreachTopic.Reporting],
        Partners = "UNODA",
        Restricted = true,
        Notes = "With the Pacific desk",
        Organization = "Mexico",
    };

    /// <summary>Many plans for one list: shared and restricted, planned, done and cancelled.</summary>
    public static IReadOnlyList<OutreachPlan> ManyPlans(int count) => Enumerable.Range(1, count).Select(i => (i % 3) switch
    {
        0 => PitaOceania with { Id = 100 + i },
        1 => AnaTonga with { Id = 100 + i, State = OutreachState.Done, Outcome = "Accession bill goes to cabinet in June." },
        _ => AnaTonga with { Id = 100 + i, State = OutreachState.Cancelled },
    }).ToList();

    public static RecordedConflict Recorded(ConflictResolution? resolution = null) => new(
        7, Duplication(AnaTonga, PitaOceania), resolution,
        resolution is null ? null : "Secretariat Officer",
        resolution is null ? null : new DateTimeOffset(2027, 2, 1, 9, 30, 0, TimeSpan.FromHours(1)));

    /// <summary>Ana's plan (Mexico) moved from 10–12 March to 3 April 2027, as it stood to Pita's restricted workshop.</summary>
    public static OutreachChange AnaMoved(bool before, bool now) => new(ChangeKind.Moved, AnaTonga, new DateWindow(new DateOnly(2027, 4, 3)), ByOrganizer: true,
        [new ChangedOverlap(PitaOceania, ["TON"], before, now)]);

    /// <summary>Every change notice variant and who reads it.</summary>
    public static IEnumerable<(string Name, OutreachChange Change, Viewer Reader)> Changes()
    {
        yield return ("moved away, to the other organizer", AnaMoved(before: true, now: false), PitaViewer);
        yield return ("moved within, to the other organizer", AnaMoved(before: true, now: true), PitaViewer);
        yield return ("moved into, to the other organizer", AnaMoved(before: false, now: true), PitaViewer);
        var pitaMoved = new OutreachChange(ChangeKind.Moved, PitaOceania, new DateWindow(new DateOnly(2027, 3, 20)), ByOrganizer: false,
            [new ChangedOverlap(AnaTonga, ["TON"], false, true)]);
        yield return ("restricted plan moved in by the Secretariat, to a stakeholder", pitaMoved, AnaViewer);
        yield return ("cancelled, to the other organizer", AnaMoved(true, false) with { Kind = ChangeKind.Cancelled, MovedTo = null }, PitaViewer);
        var many = new OutreachChange(ChangeKind.Moved, AnaTonga, new DateWindow(new DateOnly(2027, 3, 30)), ByOrganizer: true,
            Enumerable.Range(1, 12).Select(i => new ChangedOverlap(PitaOceania with { Id = i }, ["TON"], i % 2 == 0, i % 3 != 0)).Where(o => o.Before || o.Now).ToList());
        yield return ("many overlaps, to the Secretariat", many, Secretariat);
        yield return ("many cancelled, to a bystander", many with { Kind = ChangeKind.Cancelled, MovedTo = null }, Bystander);
    }

    /// <summary>Every outreach card variant, the forms with all 196 states as the bot sends them.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var allStates = EveryCard.Countries;
        yield return ("form, empty", OutreachCards.RegistrationForm(null, [], allStates, Regions, null));
        yield return ("form, remembered organization", OutreachCards.RegistrationForm(null, [], allStates, Regions, "Mexico"));
        yield return ("form, prefilled with problems", OutreachCards.RegistrationForm(Prefill, Problems, allStates, Regions, "Ignored"));
        yield return ("form, no lists", OutreachCards.RegistrationForm(Prefill, Problems, [], [], null));

        var conflict = Duplication(AnaTonga, PitaOceania);
        yield return ("confirmation, no conflict", OutreachCards.RegistrationConfirmation(AnaTonga, [], AnaViewer, CountryName));
        yield return ("confirmation, restricted plan", OutreachCards.RegistrationConfirmation(PitaOceania, [], PitaViewer, CountryName));
        yield return ("confirmation, conflict with a shared plan", OutreachCards.RegistrationConfirmation(PitaOceania, [conflict], PitaViewer, CountryName));
        yield return ("confirmation, conflict with a restricted plan", OutreachCards.RegistrationConfirmation(AnaTonga, [conflict], AnaViewer, CountryName));
        yield return ("confirmation, already registered", OutreachCards.RegistrationConfirmation(AnaTonga with { Id = 41 },
            [Duplication(AnaTonga, AnaTonga with { Id = 41 })], AnaViewer, CountryName));
        yield return ("confirmation, many conflicts", OutreachCards.RegistrationConfirmation(AnaTonga,
            Enumerable.Range(1, 12).Select(i => Duplication(PitaOceania with { Id = i }, AnaTonga)).ToList(), AnaViewer, CountryName));

        yield return ("list, empty", OutreachCards.OutreachList("Outreach to Tonga", [], Bystander, CountryName, "No outreach registered for Tonga."));
        yield return ("list, stakeholder", OutreachCards.OutreachList("Outreach to Tonga", ManyPlans(5), Bystander, CountryName, "none"));
        yield return ("list, secretariat", OutreachCards.OutreachList("Outreach to Tonga", ManyPlans(5), Secretariat, CountryName, "none"));
        yield return ("list, over 20", OutreachCards.OutreachList("Outreach to Tonga", ManyPlans(25), Secretariat, CountryName, "none"));

        yield return ("alert, unresolved", OutreachCards.ConflictAlert(Recorded(), CountryName));
        // A channel with a bystander in it: the restricted side without its organizer, organization, partners or notes.
        var room = AttBot.Domain.Places.Audience.ReaderOf(Secretariat, new AttBot.Domain.Places.Place(AttBot.Domain.Places.PlaceKind.Channel), [Bystander]);
        yield return ("alert, for a mixed channel", OutreachCards.ConflictAlert(AttBot.Domain.Places.Audience.Redacted(Recorded(), room), CountryName));
        yield return ("confirmation, for a mixed channel", OutreachCards.RegistrationConfirmation(AttBot.Domain.Places.Audience.Redacted(PitaOceania, room), [], room, CountryName));
        yield return ("list, for a mixed channel with user-specific views", ViewRefresh.Add(
            OutreachCards.OutreachList("Outreach to Tonga", ManyPlans(5), room, CountryName, "none"), "outreach Tonga", "29:secretariat", ["29:secretariat", "29:pita"]));
        yield return ("alert, coordinated", OutreachCards.ConflictAlert(Recorded(ConflictResolution.Coordinated), CountryName));
        yield return ("alert, not a conflict", OutreachCards.ConflictAlert(Recorded(ConflictResolution.NotAConflict), CountryName));

        yield return ("heads-up, shared other", OutreachCards.ConflictHeadsUp(Duplication(PitaOceania with { Id = 39 }, AnaTonga), PitaViewer, CountryName));
        yield return ("heads-up, restricted other", OutreachCards.ConflictHeadsUp(conflict, AnaViewer, CountryName));

        foreach (var (name, change, reader) in Changes())
            yield return ($"change, {name}", OutreachCards.ChangeNotice(change, reader, CountryName));

        yield return ("notice", OutreachCards.Notice("Alerts on", "Alerts of possible duplications will be posted in this conversation."));
    }
}
