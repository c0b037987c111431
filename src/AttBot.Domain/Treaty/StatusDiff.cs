using AttBot.Domain.Countries;

namespace AttBot.Domain.Treaty;

/// <summary>One participant row of the depositary's status table (UN Treaty Collection, XXVI-8), as read.</summary>
public sealed record DepositaryRow(int Line, string Participant, DateOnly? Signature, DateOnly? Deposit, ConsentKind? Kind)
{
    /// <summary>What the row says of the state: a deposit makes a party, a signature alone a signatory.</summary>
    public StatusRecord Record => Deposit is not null
        ? new StatusRecord(TreatyStatus.Party, Signature, Deposit, Kind ?? ConsentKind.Ratification)
        : Signature is not null ? new StatusRecord(TreatyStatus.Signatory, Signature, null, null) : StatusRecord.Neither;
}

/// <summary>A row refused, with the line of the file it came from, so the Secretariat can find it.</summary>
/// <param name="Message">The reason in English; what an import previewed before reasons were kept as codes has instead,
/// in the language of whoever previewed it first.</param>
/// <param name="Reason">Why, as a code: each reader reads it in their own language (<see cref="Say"/>).</param>
public sealed record ImportProblem(int Line, string Message, ImportReason? Reason = null)
{
    public static ImportProblem Because(int line, ImportReason reason) => new(line, reason.Say(Language.Language.English), reason);

    public string Say(Language.Language language) => Reason?.Say(language) ?? Message;
}

/// <summary>Why a row of the depositary's table was refused.</summary>
public enum RowReason { EmptyFile, NoTable, NoHeader, EmptyName, UnreadableSignature, UnreadableInstrument, UnknownState, ListedTwice, BreaksRule }

/// <summary>
/// A refused row's reason with what it names: the participant as the file writes it (<paramref name="Name"/>), or a
/// state known by <paramref name="Iso3"/> (its English name in <paramref name="Name"/>), whose name each language gives.
/// </summary>
/// <param name="Typed">What could not be read as a date.</param>
/// <param name="FirstLine">Where a state listed twice was listed first.</param>
public sealed record ImportReason(RowReason Code, string? Name = null, string? Iso3 = null, string? Typed = null, int FirstLine = 0, RuleBreach? Breach = null)
{
    public string Say(Language.Language language)
    {
        var name = Iso3 is null ? Name ?? "" : Language.PlaceNames.State(Iso3, Name ?? Iso3, language);
        return Code switch
        {
            RowReason.EmptyFile => Language.StatusRuleWords.EmptyFile(language),
            RowReason.NoTable => Language.StatusRuleWords.NoTable(language),
            RowReason.NoHeader => Language.StatusRuleWords.NoHeader(language),
            RowReason.EmptyName => Language.StatusRuleWords.EmptyName(language),
            RowReason.UnreadableSignature => Language.StatusRuleWords.UnreadableSignature(name, Typed ?? "", language),
            RowReason.UnreadableInstrument => Language.StatusRuleWords.UnreadableInstrument(name, Typed ?? "", language),
            RowReason.UnknownState => Language.StatusRuleWords.UnknownState(name, language),
            RowReason.ListedTwice => Language.StatusRuleWords.ListedTwice(name, FirstLine, language),
            _ => Breach?.Say(name, language) ?? name,
        };
    }
}

/// <summary>One state whose record the import would change.</summary>
public sealed record StatusUpdate(string Iso3, string Name, StatusRecord Before, StatusRecord After)
{
    /// <summary>Added: the state was neither signatory nor party and now appears as one.</summary>
    public bool IsAddition => Before.Status == TreatyStatus.None;
}

/// <summary>
/// What importing the depositary's table would change, shown before anything is applied: additions, changes with
/// before and after, how many rows already agree, and the rows refused with their line numbers. Parties and
/// signatories that the file does not list are reported, never cleared: the depositary's page only ever grows.
/// </summary>
/// <param name="NotListed">The parties and signatories missing from the file, by their English names; an import previewed
/// before <paramref name="NotListedCodes"/> were kept has their names in the language of whoever previewed it first.</param>
/// <param name="NotListedCodes">Their ISO3 codes, in the same order: each reader reads the names in their language.</param>
public sealed record StatusDiff(IReadOnlyList<StatusUpdate> Updates, int Unchanged, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> NotListed,
    IReadOnlyList<string>? NotListedCodes = null)
{
    public IReadOnlyList<string> NotListedIn(Language.Language language) => NotListedCodes is { } codes && codes.Count == NotListed.Count
        ? [.. codes.Zip(NotListed, (iso3, name) => Language.PlaceNames.State(iso3, name, language))]
        : NotListed;

    public IEnumerable<StatusUpdate> Added => Updates.Where(u => u.IsAddition);
    public IEnumerable<StatusUpdate> Changed => Updates.Where(u => !u.IsAddition);

    /// <summary>The refused rows' reasons and the states missing from the file are kept as codes: each reader reads them in their own language.</summary>
    public static StatusDiff Compute(IReadOnlyList<DepositaryRow> rows, IReadOnlyList<ImportProblem> readProblems,
        IReadOnlyList<Country> countries, CountryResolver resolver, DateOnly today)
    {
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            byName.TryAdd(NameKey.Normalize(c.UntcName), c);
            byName.TryAdd(NameKey.Normalize(c.Name), c);
        }

        var problems = new List<ImportProblem>(readProblems);
        var updates = new List<StatusUpdate>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var unchanged = 0;
        foreach (var row in rows)
        {
            var country = byName.GetValueOrDefault(NameKey.Normalize(row.Participant))
                ?? (resolver.Resolve(row.Participant) as CountryResolution.Found)?.Country;
            if (country is null)
            {
                problems.Add(ImportProblem.Because(row.Line, new ImportReason(RowReason.UnknownState, Short(row.Participant))));
                continue;
            }
            if (seen.TryGetValue(country.Iso3, out var firstLine))
            {
                problems.Add(ImportProblem.Because(row.Line, new ImportReason(RowReason.ListedTwice, country.Name, country.Iso3, FirstLine: firstLine)));
                continue;
            }
            seen[country.Iso3] = row.Line;
            var after = row.Record;
            var breaches = StatusRules.Breaches(after, today);
            if (breaches.Count > 0)
            {
                problems.AddRange(breaches.Select(b => ImportProblem.Because(row.Line, new ImportReason(RowReason.BreaksRule, country.Name, country.Iso3, Breach: b))));
                continue;
            }
            var before = StatusRecord.Of(country);
            if (Same(before, after))
                unchanged++;
            else
                updates.Add(new StatusUpdate(country.Iso3, country.Name, before, after));
        }
        var notListed = countries.Where(c => c.Status != TreatyStatus.None && !seen.ContainsKey(c.Iso3)).ToList();
        return new StatusDiff(updates.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(), unchanged,
            problems.OrderBy(p => p.Line).ToList(), [.. notListed.Select(c => c.Name)], [.. notListed.Select(c => c.Iso3)]);
    }

    /// <summary>Equal as the depositary records it; an instrument the store left without a kind is not a change.</summary>
    private static bool Same(StatusRecord before, StatusRecord after) =>
        before.Status == after.Status && before.SignatureDate == after.SignatureDate && before.ConsentDate == after.ConsentDate
        && (before.ConsentKind ?? after.ConsentKind) == after.ConsentKind;

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
