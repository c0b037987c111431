using AttBot.Domain.Countries;

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
    public static IReadOnlyList<string> Check(string name, StatusRecord record, DateOnly today)
    {
        var problems = new List<string>();
        var (status, signed, deposited, kind) = (record.Status, record.SignatureDate, record.ConsentDate, record.ConsentKind);
        if (status == TreatyStatus.Signatory && signed is null)
            problems.Add($"{name}: a signatory needs the date of signature.");
        if (status != TreatyStatus.Party && (deposited is not null || kind is not null))
            problems.Add($"{name}: only a State Party has an instrument deposited.");
        if (status == TreatyStatus.None && signed is not null)
            problems.Add($"{name}: a state that signed is a signatory, not “none”.");

        if (signed is { } s)
        {
            if (s > today)
                problems.Add($"{name}: the signature date {StatusWording.Date(s)} is in the future.");
            else if (s < TreatyDates.OpenedForSignature || s > TreatyDates.LastDayOfSignature)
                problems.Add($"{name}: the treaty was open for signature only from {StatusWording.Date(TreatyDates.OpenedForSignature)} until it entered into force on " +
                             $"{StatusWording.Date(TreatyDates.TreatyEntryIntoForce)} (Article 20), so it cannot have been signed on {StatusWording.Date(s)}; " +
                             "a state that did not sign joins by accession.");
        }
        if (deposited is { } d)
        {
            if (d > today)
                problems.Add($"{name}: the deposit date {StatusWording.Date(d)} is in the future.");
            else if (d < TreatyDates.OpenedForSignature)
                problems.Add($"{name}: {StatusWording.Date(d)} is before the treaty was opened for signature on {StatusWording.Date(TreatyDates.OpenedForSignature)}.");
            if (signed is { } sig && d < sig)
                problems.Add($"{name}: the instrument ({StatusWording.Date(d)}) cannot come before the signature ({StatusWording.Date(sig)}).");
            if (kind == Treaty.ConsentKind.Accession && signed is null && d < TreatyDates.TreatyEntryIntoForce && d >= TreatyDates.OpenedForSignature)
                problems.Add($"{name}: accession was open only once the treaty had entered into force on {StatusWording.Date(TreatyDates.TreatyEntryIntoForce)} (Article 21).");
        }
        if (kind == Treaty.ConsentKind.Accession && signed is { } signedOn)
            problems.Add($"{name} signed on {StatusWording.Date(signedOn)}: a signatory joins by ratification, acceptance or approval, not accession (Article 21).");
        if (kind is Treaty.ConsentKind.Ratification or Treaty.ConsentKind.Acceptance or Treaty.ConsentKind.Approval && signed is null)
            problems.Add($"{name} never signed: a state that did not sign joins by accession, not {StatusWording.Describe(kind.Value).ToLowerInvariant()} (Article 21).");
        return problems;
    }

    /// <summary>
    /// The record after "set status": party keeps the signature and the kind of instrument already recorded (a date
    /// corrected stays an approval), otherwise defaults it to ratification for a signatory and accession for the others; signatory sets the signature and drops any instrument; none clears everything.
    /// Returns the problems instead when the change is impossible.
    /// </summary>
    public static (StatusRecord? Record, IReadOnlyList<string> Problems) Change(Country country, TreatyStatus status, DateOnly? date, ConsentKind? kind, DateOnly today)
    {
        StatusRecord record;
        switch (status)
        {
            case TreatyStatus.Party when date is null:
                return (null, [$"Please give the date the instrument was deposited, for example **set status {country.Name} party 2026-03-02**."]);
            case TreatyStatus.Party:
                record = new(TreatyStatus.Party, country.SignatureDate, date,
                    kind ?? country.ConsentKind ?? (country.SignatureDate is null ? Treaty.ConsentKind.Accession : Treaty.ConsentKind.Ratification));
                break;
            case TreatyStatus.Signatory when date is null:
                return (null, [$"Please give the date of signature, for example **set status {country.Name} signatory 2013-06-03**."]);
            case TreatyStatus.Signatory when kind is not null:
                return (null, ["A signatory has no instrument deposited: leave out the ratification, acceptance, approval or accession."]);
            case TreatyStatus.Signatory:
                record = new(TreatyStatus.Signatory, date, null, null);
                break;
            default:
                if (date is not null || kind is not null)
                    return (null, ["“none” takes no date: it clears the signature and any instrument."]);
                record = StatusRecord.Neither;
                break;
        }
        var problems = Check(country.Name, record, today);
        return problems.Count > 0 ? (null, problems) : (record, []);
    }
}
