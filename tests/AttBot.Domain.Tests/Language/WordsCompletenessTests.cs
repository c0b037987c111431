using System.Reflection;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Priorities;
using AttBot.Domain.Reports;
using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Language;

/// <summary>
/// Every sentence of every words class exists in English, French and Spanish with the same placeholders: each public
/// static method that takes a <see cref="Lang"/> is called in the three languages with representative arguments (every
/// value of an enum, null and not null, true and false), and what is passed in (figures, years, names, ids) must come
/// out in every language that the English shows it in; a sentence of several words must not come out in English.
/// </summary>
public sealed class WordsCompletenessTests
{
    private static readonly Type[] WordsClasses =
    [
        .. typeof(Formats).Assembly.GetTypes().Where(t => t.Namespace == typeof(Formats).Namespace && t is { IsPublic: true, IsAbstract: true, IsSealed: true }),
        typeof(CommandSentences),
    ];

    private static readonly DateOnly Day = new(2026, 3, 18);

    // A possible duplication between a Teams organizer's visit and a restricted Slack workshop (DuplicationWords).
    private static readonly OutreachPlan Visit = new() { Id = 1, Organizer = new("msteams", "ana", "Ana Ruiz") { Upn = "ana.ruiz@sre.gob.mx" },
        Organization = "Mexico", Countries = ["TON"], Kind = OutreachKind.Visit, Window = new DateWindow(Day, Day.AddDays(2)) };
    private static readonly OutreachPlan Workshop = Visit with { Id = 2, Organizer = new("slack", "U0PITA", "Pita Taufa"), Organization = "Control Arms",
        Kind = OutreachKind.Workshop, Window = new DateWindow(Day.AddDays(10)), Visibility = Visibility.Restricted };
    private static readonly Conflict Duplication = new(Visit, Workshop, ["TON"], ConflictKind.PossibleDuplication);
    private static readonly RecordedConflict Recorded = new(1, Duplication, null, null, null);

    // What each parameter type is called with; a method with another type fails the test until it has one here.
    private static readonly Dictionary<Type, object?[]> Samples = new()
    {
        [typeof(int)] = [0, 1, 7],
        [typeof(long)] = [7L],
        [typeof(decimal)] = [45.7m],
        [typeof(bool)] = [true, false],
        [typeof(string)] = ["Tonga"],
        [typeof(DateOnly)] = [Day],
        [typeof(DateOnly?)] = [Day, null],
        [typeof(DateTimeOffset)] = [new DateTimeOffset(2026, 3, 18, 14, 5, 0, TimeSpan.Zero)],
        [typeof(Uri)] = [new Uri("https://attbot.example/feed/QX7Z")],
        [typeof(IReadOnlyList<string>)] = [new[] { "Fiji" }, new[] { "Fiji", "Samoa", "Tonga" }],
        [typeof(IEnumerable<string>)] = [new[] { "Fiji", "Samoa", "Tonga" }],
        [typeof(ConsentKind?)] = [.. Enum.GetValues<ConsentKind>().Cast<object?>(), null],
        [typeof(PlannedOutreach)] = [new PlannedOutreach(0, null, 90), new PlannedOutreach(2, Day, 90, 3, Day.AddDays(100)), new PlannedOutreach(0, null, 90, 1, null)],
        [typeof(DateWindow)] = [new DateWindow(Day), new DateWindow(Day, Day.AddDays(2)), new DateWindow(Day, Day.AddDays(20)), new DateWindow(Day, Day.AddDays(300))],
        [typeof(Country)] = [SeedCountries.All.Single(c => c.Iso3 == "VNM")],
        [typeof(RegionFigures)] = [RegionFigures.Of(new RegionDirectory(SeedCountries.All).Find("Oceania")!),
            RegionFigures.Of("African States", RegionFigures.RegionalGroup, SeedCountries.All.Where(c => c.Iso3 is "AGO" or "NGA"))],
        [typeof(Proximity)] = [new Proximity(ProximityKind.SameDates, 0), new Proximity(ProximityKind.During, 0), new Proximity(ProximityKind.Overlapping, 1),
            new Proximity(ProximityKind.Overlapping, 2), new Proximity(ProximityKind.After, 1), new Proximity(ProximityKind.After, 8),
            new Proximity(ProximityKind.Before, 1), new Proximity(ProximityKind.Before, 3)],
        [typeof(OutreachPlan)] = [Visit, Workshop],
        [typeof(Organizer)] = [Visit.Organizer, Workshop.Organizer],
        [typeof(Viewer)] = [new Viewer("msteams", "ana", Role.Stakeholder), new Viewer("msteams", "sec", Role.Secretariat)],
        [typeof(Conflict)] = [Duplication],
        [typeof(IReadOnlyList<Conflict>)] = [Array.Empty<Conflict>(), new[] { Duplication }],
        [typeof(RecordedConflict)] = [Recorded, Recorded with { Resolution = ConflictResolution.Coordinated, ResolvedBy = "Sam Lee", ResolvedAt = new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero) }],
        [typeof(OutreachChange)] = [new OutreachChange(ChangeKind.Moved, Workshop, new DateWindow(Day.AddDays(40)), true, [new ChangedOverlap(Visit, ["TON"], true, false)]),
            new OutreachChange(ChangeKind.Moved, Workshop, new DateWindow(Day.AddDays(1)), false, [new ChangedOverlap(Visit, ["TON"], false, true)]),
            new OutreachChange(ChangeKind.Cancelled, Workshop, null, false, [new ChangedOverlap(Visit, ["TON"], true, true)])],
        [typeof(Func<string, string>)] = [(Func<string, string>)(iso3 => iso3 == "TON" ? "Tonga" : iso3)],
        [typeof(Digest)] = [new Digest(new DateWindow(Day, Day.AddDays(6)), [Visit], 1, [Recorded], 1, [Workshop], 1, [], 0)],
        [typeof(PeriodSummary)] = [PeriodSummary.Build(new DateWindow(Day, Day.AddDays(90)), [Visit, Workshop], [Recorded], _ => "Oceania", 2)],
        [typeof(IReadOnlyList<RegistrationCardWords.Fact>)] = [null, Array.Empty<RegistrationCardWords.Fact>(), new[] { RegistrationCardWords.Fact.Partners, RegistrationCardWords.Fact.Notes }],
        [typeof(StatusRecord)] = [new StatusRecord(TreatyStatus.None, null, null, null), new StatusRecord(TreatyStatus.Party, Day.AddDays(-400), Day, ConsentKind.Ratification)],
        [typeof(StatusDiff)] = [new StatusDiff([], 190, [], []), new StatusDiff(
            [new StatusUpdate("TON", "Tonga", new StatusRecord(TreatyStatus.None, null, null, null), new StatusRecord(TreatyStatus.Party, null, Day, ConsentKind.Accession)),
             new StatusUpdate("FJI", "Fiji", new StatusRecord(TreatyStatus.Signatory, Day.AddDays(-400), null, null), new StatusRecord(TreatyStatus.Party, Day.AddDays(-400), Day, ConsentKind.Ratification))],
            150, [ImportProblem.Because(7, new ImportReason(RowReason.UnknownState, "Atlantis"))], ["Samoa"], ["WSM"])],
        [typeof(DeclaredIntention)] = [null, new DeclaredIntention(1, "VNM", Day, "UNGA First Committee", "intends to accede", "sec", default)],
        [typeof(Gap)] = [new Gap(SeedCountries.All.Single(c => c.Iso3 == "VNM"), PriorityTier.SignatoryJoiningSoon, null),
            new Gap(SeedCountries.All.Single(c => c.Iso3 == "VNM"), PriorityTier.SignatoryComingYears, new DeclaredIntention(1, "VNM", Day, "UNGA First Committee", "intends to accede", "sec", default))],
        [typeof(IReadOnlyList<Gap>)] = [Array.Empty<Gap>(), Enumerable.Repeat(new Gap(SeedCountries.All.Single(c => c.Iso3 == "VNM"), PriorityTier.SignatoryJoiningSoon, null), 6).ToArray()],
        [typeof(BotCommand.Usage)] = [new BotCommand.Usage("status", "status Viet Nam"), new BotCommand.Usage("priority", "priority Angola 1")],
    };

    // Called by hand below: it returns null where the table's remark is not one it knows, by design.
    private static readonly HashSet<string> Skipped = ["NoteSentences.Remark"];

    public static TheoryData<string> Methods() =>
        [.. WordsClasses.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(Lang)) && !Skipped.Contains(Name(m)))
            .Select(Name).Distinct()];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_sentence_exists_in_the_three_languages_with_the_same_placeholders(string name)
    {
        foreach (var method in WordsClasses.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => Name(m) == name && m.GetParameters().Any(p => p.ParameterType == typeof(Lang))))
        {
            foreach (var args in Arguments(method.GetParameters().Where(p => p.ParameterType != typeof(Lang)).ToList()))
            {
                if (Said(method, args, Lang.English) is not { } english)
                    continue; // arguments the English cannot say either (month 0): no sentence to compare
                var said = Languages.All.ToDictionary(l => l, l => Said(method, args, l) ?? "");
                foreach (var language in new[] { Lang.French, Lang.Spanish })
                {
                    var text = said[language];
                    var call = $"{name}({string.Join(", ", args.Select(a => a?.ToString() ?? "null"))}, {language})";
                    Assert.False(string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(english), $"{call} is empty");
                    foreach (var marker in Markers(args).Where(english.Contains))
                        Assert.True(text.Contains(marker), $"{call} lost “{marker}”: {text}");
                    // Only the words of the sentence itself: "Tonga: Tonga, Tonga (Tonga)." is punctuation around what was passed in.
                    if (Words(Markers(args).Aggregate(english, (said, marker) => said.Replace(marker, ""))) >= 3)
                        Assert.True(text != english, $"{call} is still in English: {text}");
                }
            }
        }
    }

    [Fact]
    public void Every_remark_of_the_status_table_reads_in_French_and_Spanish()
    {
        foreach (var country in SeedCountries.All.Where(c => c.Notes is not null))
        {
            var english = StatusNotes.Sentences(country);
            foreach (var language in new[] { Lang.French, Lang.Spanish })
            {
                var sentences = StatusNotes.Sentences(country, language);
                Assert.Equal(english.Count, sentences.Count);
                Assert.All(sentences, s => Assert.DoesNotContain(s, english));
            }
        }
    }

    [Fact]
    public void The_United_States_notification_is_a_sentence_in_each_language()
    {
        var usa = SeedCountries.All.Single(c => c.Iso3 == "USA");
        Assert.Contains("A notifié au dépositaire, le 18 juillet 2019, son intention de ne pas devenir partie", StatusNotes.Sentences(usa, Lang.French)[0]);
        Assert.Contains("Notificó al depositario, el 18 de julio de 2019, su intención de no llegar a ser parte", StatusNotes.Sentences(usa, Lang.Spanish)[0]);
        Assert.StartsWith("Signataire\u00A0; a notifié le 18 juillet 2019", StatusWording.Headline(usa, Day, Lang.French));
    }

    [Theory]
    [InlineData(Lang.English, "Acceded 20 November 2026 · State Party from 18 February 2027")]
    [InlineData(Lang.French, "Adhésion le 20 novembre 2026 · État partie à compter du 18 février 2027")]
    [InlineData(Lang.Spanish, "Adhesión el 20 de noviembre de 2026 · Estado parte a partir del 18 de febrero de 2027")]
    public void An_accession_not_yet_in_force_says_from_when_the_state_is_a_party(Lang language, string expected) =>
        Assert.Equal(expected, StatusSentences.NotYetInForce(ConsentKind.Accession, new DateOnly(2026, 11, 20), new DateOnly(2027, 2, 18), language));

    [Theory]
    [InlineData(Lang.French, "Fidji, Samoa ou Tonga")]
    [InlineData(Lang.Spanish, "Polonia u Omán")]
    public void Lists_use_each_language_s_conjunction(Lang language, string expected) =>
        Assert.Equal(expected, ListWords.Or(expected.Replace(" ou ", ", ").Replace(" u ", ", ").Split(", "), language));

    private static string? Said(MethodInfo method, object?[] args, Lang language)
    {
        try
        {
            return Text(method.Invoke(null, With(method, args, language)));
        }
        catch (TargetInvocationException e) when (e.InnerException is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string Name(MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}";

    private static object?[] With(MethodInfo method, object?[] args, Lang language)
    {
        var all = new List<object?>();
        int k = 0;
        foreach (var p in method.GetParameters())
            all.Add(p.ParameterType == typeof(Lang) ? language : args[k++]);
        return [.. all];
    }

    private static IEnumerable<object?[]> Arguments(IReadOnlyList<ParameterInfo> parameters)
    {
        IEnumerable<object?[]> combos = [[]];
        foreach (var p in parameters)
        {
            var values = Values(p.ParameterType) ?? throw new InvalidOperationException(
                $"{p.Member.DeclaringType!.Name}.{p.Member.Name}: add a representative {p.ParameterType.Name} to Samples");
            combos = combos.SelectMany(c => values.Select(v => (object?[])[.. c, v])).ToList();
        }
        return combos;
    }

    private static object?[]? Values(Type type) =>
        Samples.TryGetValue(type, out var values) ? values
        : type.IsEnum ? [.. Enum.GetValues(type).Cast<object?>()]
        : null;

    // What the caller passed in and must find again: names, figures, years.
    private static IEnumerable<string> Markers(object?[] args) => args.SelectMany(a => a switch
    {
        string s => [s],
        int n when n > 1 => [n.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        long n => [n.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        DateOnly d => [d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        DateWindow w => [w.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        Uri u => [u.ToString()],
        IEnumerable<string> names => names.Where(n => n != "Fiji"), // "Fidji" in French
        OutreachPlan p => [p.PublicId, p.Organizer.DisplayName, p.Organization],
        _ => Array.Empty<string>(),
    });

    private static string Text(object? result) => result switch
    {
        null => "",
        string s => s,
        IEnumerable<(string Title, string Command)> examples => string.Join("\n", examples.Select(e => e.Title)),
        IEnumerable<(string Title, IReadOnlyList<Tally> Tallies)> tallies => string.Join("\n", tallies.Select(t => t.Title + ": " + string.Join(", ", t.Tallies.Select(x => x.Name)))),
        IEnumerable<(string Heading, IReadOnlyList<string> Lines, string? More, bool Refused)> sections =>
            string.Join("\n", sections.Select(x => string.Join("\n", [x.Heading, .. x.Lines, x.More ?? ""]))),
        ValueTuple<string, List<string>> said => string.Join("\n", [said.Item1, .. said.Item2]),
        ValueTuple<string, IReadOnlyList<string>> said => string.Join("\n", [said.Item1, .. said.Item2]),
        IEnumerable<IEnumerable<string>> blocks => string.Join("\n", blocks.Select(lines => string.Join("\n", lines))),
        IEnumerable<string> lines => string.Join("\n", lines),
        _ => result.ToString() ?? "",
    };

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
}
