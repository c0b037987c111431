using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Treaty;

/// <summary>The treaty facts of one state that the Secretariat keeps current; entry into force follows from them.</summary>
public sealed record StatusRecord(TreatyStatus Status, DateOnly? SignatureDate, DateOnly? ConsentDate, ConsentKind? ConsentKind)
{
    public static StatusRecord Of(Country country) => new(country.Status, country.SignatureDate, country.ConsentDate, country.ConsentKind);

    public static readonly StatusRecord Neither = new(TreatyStatus.None, null, null, null);

    /// <summary>Computed, never typed: Article 22 applied to the deposit.</summary>
    public DateOnly? EntryIntoForce => Status == TreatyStatus.Party && ConsentDate is { } deposit ? TreatyDates.EntryIntoForceFor(deposit) : null;

    public Country ApplyTo(Country country) => country with
    {
        Status = Status, SignatureDate = SignatureDate, ConsentDate = ConsentDate, ConsentKind = ConsentKind, EntryIntoForce = EntryIntoForce,
    };

    /// <summary>What the audit trail keeps: the same fields before and after.</summary>
    public object Audit() => new
    {
        status = Status.ToString().ToLowerInvariant(), signed = SignatureDate, deposited = ConsentDate,
        instrument = ConsentKind?.ToString().ToLowerInvariant(), entryIntoForce = EntryIntoForce,
    };
}

/// <summary>
/// What the Articles 20 to 22 allow, so that a typing slip never becomes the record: signature only while the treaty
/// was open for it, ratification, acceptance or approval only by a signatory, accession only by a state that did not
/// sign and only once the treaty was in force, nothing in the future.
/// </summary>
public static class StatusRules
{
    /// <summary>The problems with a record, in words for the Secretariat; empty when it is possible.</summary>
    public static IReadOnlyList<string> Check(string name, StatusRecord record, DateOnly today, Lang language = Lang.English) =>
        [.. Breaches(record, today).Select(b => b.Say(name, language))];

    /// <summary>The rules a record breaks, as codes (an import keeps them, each reader reads them in their language); empty when it is possible.</summary>
    public static IReadOnlyList<RuleBreach> Breaches(StatusRecord record, DateOnly today)
    {
        var problems = new List<RuleBreach>();
        var (status, signed, deposited, kind) = (record.Status, record.SignatureDate, record.ConsentDate, record.ConsentKind);
        if (status == TreatyStatus.Signatory && signed is null)
            problems.Add(new(StatusRule.SignatoryNeedsDate));
        if (status != TreatyStatus.Party && (deposited is not null || kind is not null))
            problems.Add(new(StatusRule.OnlyPartyDeposits));
        if (status == TreatyStatus.None && signed is not null)
            problems.Add(new(StatusRule.SignedIsSignatory));

        if (signed is { } s)
        {
            if (s > today)
                problems.Add(new(StatusRule.SignatureInFuture, Signed: s));
            else if (s < TreatyDates.OpenedForSignature || s > TreatyDates.LastDayOfSignature)
                problems.Add(new(StatusRule.SignatureOutsideOpening, Signed: s));
        }
        if (deposited is { } d)
        {
            if (d > today)
                problems.Add(new(StatusRule.DepositInFuture, Deposited: d));
            else if (d < TreatyDates.OpenedForSignature)
                problems.Add(new(StatusRule.DepositBeforeOpening, Deposited: d));
            if (signed is { } sig && d < sig)
                problems.Add(new(StatusRule.InstrumentBeforeSignature, sig, d));
            if (kind == Treaty.ConsentKind.Accession && signed is null && d < TreatyDates.TreatyEntryIntoForce && d >= TreatyDates.OpenedForSignature)
                problems.Add(new(StatusRule.AccessionBeforeInForce));
        }
        if (kind == Treaty.ConsentKind.Accession && signed is { } signedOn)
            problems.Add(new(StatusRule.SignatoryCannotAccede, Signed: signedOn));
        if (kind is Treaty.ConsentKind.Ratification or Treaty.ConsentKind.Acceptance or Treaty.ConsentKind.Approval && signed is null)
            problems.Add(new(StatusRule.NeverSigned, Kind: kind));
        return problems;
    }

    /// <summary>
    /// The record after "set status": party keeps the signature and the kind of instrument already recorded (a date
    /// corrected stays an approval), otherwise defaults it to ratification for a signatory and accession for the others; signatory sets the signature and drops any instrument; none clears everything.
    /// Returns the problems instead when the change is impossible.
    /// </summary>
    public static (StatusRecord? Record, IReadOnlyList<string> Problems) Change(Country country, TreatyStatus status, DateOnly? date, ConsentKind? kind, DateOnly today, Lang language = Lang.English)
    {
        StatusRecord record;
        switch (status)
        {
            case TreatyStatus.Party when date is null:
                return (null, [StatusRuleWords.GiveDepositDate(country.Name, language)]);
            case TreatyStatus.Party:
                record = new(TreatyStatus.Party, country.SignatureDate, date,
                    kind ?? country.ConsentKind ?? (country.SignatureDate is null ? Treaty.ConsentKind.Accession : Treaty.ConsentKind.Ratification));
                break;
            case TreatyStatus.Signatory when date is null:
                return (null, [StatusRuleWords.GiveSignatureDate(country.Name, language)]);
            case TreatyStatus.Signatory when kind is not null:
                return (null, [StatusRuleWords.SignatoryHasNoInstrument(language)]);
            case TreatyStatus.Signatory:
                record = new(TreatyStatus.Signatory, date, null, null);
                break;
            default:
                if (date is not null || kind is not null)
                    return (null, [StatusRuleWords.NoneTakesNoDate(language)]);
                record = StatusRecord.Neither;
                break;
        }
        var problems = Check(PlaceNames.State(country, language), record, today, language);
        return problems.Count > 0 ? (null, problems) : (record, []);
    }
}

/// <summary>The rules of Articles 20 to 22 that a record can break.</summary>
public enum StatusRule
{
    SignatoryNeedsDate, OnlyPartyDeposits, SignedIsSignatory, SignatureInFuture, SignatureOutsideOpening, DepositInFuture,
    DepositBeforeOpening, InstrumentBeforeSignature, AccessionBeforeInForce, SignatoryCannotAccede, NeverSigned,
}

/// <summary>A rule broken, with the dates and instrument it names: put into words only when someone reads it.</summary>
public sealed record RuleBreach(StatusRule Rule, DateOnly? Signed = null, DateOnly? Deposited = null, ConsentKind? Kind = null)
{
    public string Say(string name, Lang language) => Rule switch
    {
        StatusRule.SignatoryNeedsDate => StatusRuleWords.SignatoryNeedsDate(name, language),
        StatusRule.OnlyPartyDeposits => StatusRuleWords.OnlyPartyDeposits(name, language),
        StatusRule.SignedIsSignatory => StatusRuleWords.SignedIsSignatory(name, language),
        StatusRule.SignatureInFuture => StatusRuleWords.SignatureInFuture(name, Signed!.Value, language),
        StatusRule.SignatureOutsideOpening => StatusRuleWords.SignatureOutsideOpening(name, Signed!.Value, language),
        StatusRule.DepositInFuture => StatusRuleWords.DepositInFuture(name, Deposited!.Value, language),
        StatusRule.DepositBeforeOpening => StatusRuleWords.DepositBeforeOpening(name, Deposited!.Value, language),
        StatusRule.InstrumentBeforeSignature => StatusRuleWords.InstrumentBeforeSignature(name, Deposited!.Value, Signed!.Value, language),
        StatusRule.AccessionBeforeInForce => StatusRuleWords.AccessionBeforeInForce(name, language),
        StatusRule.SignatoryCannotAccede => StatusRuleWords.SignatoryCannotAccede(name, Signed!.Value, language),
        _ => StatusRuleWords.NeverSigned(name, Kind!.Value, language),
    };
}
