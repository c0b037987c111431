using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Domain.Reports;
using static AttBot.Cards.Tests.OutreachSamples;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>
/// What AttBot sends unasked, in its recipient's language, on Teams and Slack: the Secretariat's alerts (open,
/// settled, for a mixed channel), heads-ups, change notices, champions' notes, findings reminders and the digest.
/// </summary>
public sealed partial class LanguageCardTests
{
    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> NoticeRenderings(Lang language)
    {
        string Named(string iso3) => PlaceNames.State(EveryCard.ByIso3(iso3), language);
        var room = Audience.ReaderOf(Secretariat, new Place(PlaceKind.Channel), [Bystander]);
        var reachable = Recorded() with
        {
            Conflict = Duplication(AnaTonga with { Organizer = Ana with { Upn = "ana@sre.gob.mx" } },
                PitaOceania with { Organizer = new Organizer("slack", "U0PITA", "Pita Taufa") }),
        };
        var alerts = new (string Name, RecordedConflict Conflict)[]
        {
            ("alert", Recorded()),
            ("alert, reachable organizers", reachable),
            ("alert, coordinated", Recorded(ConflictResolution.Coordinated)),
            ("alert, not a duplication", Recorded(ConflictResolution.NotAConflict)),
            ("alert, mixed channel", Audience.Redacted(Recorded(), room)),
            ("alert, registered twice", Recorded() with { Conflict = Duplication(AnaTonga, AnaTonga with { Id = 41 }) }),
        };
        foreach (var (name, conflict) in alerts)
        {
            yield return (name, OutreachCards.ConflictAlert(conflict, Named, language), false);
            yield return ($"slack {name}", SlackMessages.ConflictAlert(conflict, Named, language), true);
        }

        var pitaInTeams = PitaOceania with { Visibility = Visibility.Shared, Organizer = Pita with { Upn = "pita@controlarms.org" } };
        var headsUps = new (string Name, Conflict Conflict, Viewer Recipient, IReadOnlyList<Conflict>? Also)[]
        {
            ("heads-up, shared other", Duplication(PitaOceania with { Id = 39 }, AnaTonga), PitaViewer, null),
            ("heads-up, restricted other", Duplication(AnaTonga, PitaOceania), AnaViewer, null),
            ("heads-up, reach in Teams", Duplication(AnaTonga, pitaInTeams), AnaViewer, null),
            ("heads-up, also another plan", Duplication(AnaTonga, pitaInTeams), AnaViewer,
                [Duplication(AnaTonga with { Id = 43, Kind = OutreachKind.Workshop, Window = new DateWindow(new DateOnly(2027, 3, 22)) }, pitaInTeams)]),
        };
        foreach (var (name, conflict, recipient, also) in headsUps)
        {
            yield return (name, OutreachCards.ConflictHeadsUp(conflict, recipient, Named, also, language), false);
            yield return ($"slack {name}", SlackMessages.ConflictHeadsUp(conflict, recipient, Named, also, language), true);
        }

        var yoursMoved = new OutreachChange(ChangeKind.Moved, AnaTonga, new DateWindow(new DateOnly(2027, 3, 20)), ByOrganizer: false,
            [new ChangedOverlap(PitaOceania with { Visibility = Visibility.Shared }, ["TON"], false, true)]);
        var changes = Changes().Append(("moved by the Secretariat, to its organizer", yoursMoved, AnaViewer))
            .Append(("cancelled by the Secretariat, to its organizer", yoursMoved with { Kind = ChangeKind.Cancelled, MovedTo = null }, AnaViewer))
            .Append(("moved by its organizer, to the Secretariat", AnaMoved(before: true, now: true), Secretariat));
        foreach (var (name, change, reader) in changes)
        {
            yield return ($"change, {name}", OutreachCards.ChangeNotice(change, reader, Named, language), false);
            yield return ($"slack change, {name}", SlackNotices.ChangeNotice(change, reader, Named, language), true);
        }

        var champion = new Viewer("msteams", "29:maria", Role.Champion) { ChampionedStates = new HashSet<string> { "TON" } };
        yield return ("champion note", OutreachCards.ChampionNote(PitaOceania, champion, Named, language), false);
        yield return ("slack champion note", SlackNotices.ChampionNote(PitaOceania, champion, Named, language), true);
        yield return ("champion note, no longer champion", OutreachCards.ChampionNote(PitaOceania, Bystander, Named, language), false);
        yield return ("slack champion note, no longer champion", SlackNotices.ChampionNote(PitaOceania, Bystander, Named, language), true);
        yield return ("findings reminder", OutreachCards.FindingsReminder(PitaOceania, Named, language), false);
        yield return ("slack findings reminder", SlackNotices.FindingsReminder(AnaTonga, Named, language), true);

        var week = new DateWindow(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 7));
        var quiet = new Digest(week, [], 0, [], 0, [], 0, [], 0);
        var many = EveryCard.Countries.Take(7).Select(c => c.Iso3).ToList();
        var busy = new Digest(week, [AnaTonga, PitaOceania with { Countries = many }], 12, [Recorded()], 3, [AnaTonga], 1, [PitaOceania], 2);
        yield return ("digest, quiet week", ReportCards.Digest(quiet, Named, language), false);
        yield return ("slack digest, quiet week", SlackNotices.Digest(quiet, Named, language), true);
        yield return ("digest, busy week", ReportCards.Digest(busy, Named, language), false);
        yield return ("slack digest, busy week", SlackNotices.Digest(busy, Named, language), true);
    }

    [Theory]
    [InlineData(Lang.French, "Double emploi possible\u00A0: Tonga", "Inscrite en premier", "OR-0042\u00A0: empiétant de 2 jours sur OR-0040.", "Coordination assurée")]
    [InlineData(Lang.Spanish, "Posible duplicación: Tonga", "Registrada primero", "OR-0042: coincidiendo 2 días con OR-0040.", "Coordinación asegurada")]
    public void An_alert_reads_in_the_conversation_s_language(Lang language, string heading, string earlier, string between, string button)
    {
        var texts = Strings(OutreachCards.ConflictAlert(Recorded(), CountryName, language)).ToList();

        Assert.Contains(heading, texts);
        Assert.Contains(earlier, texts);
        Assert.Contains(between, texts);
        Assert.Contains(button, texts);
    }

    [Theory]
    [InlineData(Lang.French, "une autre partie prenante (restreinte)")]
    [InlineData(Lang.Spanish, "otra parte interesada (restringida)")]
    public void A_record_redacted_for_a_mixed_channel_is_unnamed_in_its_language(Lang language, string unnamed)
    {
        var room = Audience.ReaderOf(Secretariat, new Place(PlaceKind.Channel), [Bystander]);
        var alert = Audience.Redacted(Recorded(), room);
        var digest = Audience.Redacted(new Digest(new DateWindow(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 7)), [PitaOceania], 1, [Recorded()], 1, [], 0, [], 0), room);

        foreach (var message in new[] { OutreachCards.ConflictAlert(alert, CountryName, language), SlackMessages.ConflictAlert(alert, CountryName, language),
            ReportCards.Digest(digest, CountryName, language), SlackNotices.Digest(digest, CountryName, language) })
        {
            var texts = string.Join("\n", Strings(message));
            Assert.Contains(unnamed, texts);
            Assert.DoesNotContain("another stakeholder", texts);
            Assert.DoesNotContain("Pita", texts);
        }
    }

    [Theory]
    [InlineData(Lang.French, "Attention\u00A0: une nouvelle inscription concernant Tonga pourrait faire double emploi avec votre démarche bilatérale OR-0040 (10–12 mars 2027).")]
    [InlineData(Lang.Spanish, "Aviso: un nuevo registro relativo a Tonga podría duplicar su gestión bilateral OR-0040 (10–12 de marzo de 2027).")]
    public void A_heads_up_reads_in_its_recipient_s_language(Lang language, string lead)
    {
        var card = OutreachCards.ConflictHeadsUp(Duplication(AnaTonga, PitaOceania), AnaViewer, CountryName, null, language);

        Assert.Contains(lead, Strings(card));
        CardJson.AssertNoTraceOf(card, PitaOceania);
    }

    [Theory]
    [InlineData(Lang.French, "Synthèse hebdomadaire des démarches", "Semaine du 1er–7 mars 2027", "Une semaine calme\u00A0: rien de nouveau, rien en suspens.")]
    [InlineData(Lang.Spanish, "Resumen semanal de gestiones", "Semana del 1–7 de marzo de 2027", "Una semana tranquila: nada nuevo, nada pendiente.")]
    public void The_digest_reads_in_the_conversation_s_language(Lang language, string title, string week, string quiet)
    {
        var digest = new Digest(new DateWindow(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 7)), [], 0, [], 0, [], 0, [], 0);

        Assert.Equal([title, week, quiet], Strings(ReportCards.Digest(digest, CountryName, language)).Where(s => s == title || s == week || s == quiet).Distinct());
        Assert.Contains(week, Strings(SlackNotices.Digest(digest, CountryName, language)));
    }
}
