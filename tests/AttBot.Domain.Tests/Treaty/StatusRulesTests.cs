using AttBot.Domain.Countries;
using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Treaty;

public sealed class StatusRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static Country State(string iso3) => SeedCountries.All.Single(c => c.Iso3 == iso3);

    [Fact]
    public void Every_record_of_the_seed_is_possible_under_the_treaty()
    {
        Assert.All(SeedCountries.All, c => Assert.Empty(StatusRules.Check(c.Name, StatusRecord.Of(c), new DateOnly(2026, 3, 18))));
    }

    [Fact]
    public void A_state_that_never_signed_becomes_a_party_by_accession_with_entry_into_force_computed()
    {
        var tonga = State("TON");
        Assert.Equal(TreatyStatus.None, tonga.Status);

        var (record, problems) = StatusRules.Change(tonga, TreatyStatus.Party, new DateOnly(2026, 3, 2), null, Today);

        Assert.Empty(problems);
        Assert.Equal(new StatusRecord(TreatyStatus.Party, null, new DateOnly(2026, 3, 2), ConsentKind.Accession), record);
        Assert.Equal(new DateOnly(2026, 5, 31), record!.EntryIntoForce);
    }

    [Fact]
    public void A_signatory_becomes_a_party_by_ratification_and_keeps_its_signature()
    {
        var malaysia = State("MYS");
        var (record, _) = StatusRules.Change(malaysia, TreatyStatus.Party, new DateOnly(2026, 1, 15), null, Today);

        Assert.Equal(ConsentKind.Ratification, record!.ConsentKind);
        Assert.Equal(malaysia.SignatureDate, record.SignatureDate);
    }

    [Fact]
    public void Acceptance_or_approval_may_be_named_by_a_signatory()
    {
        var (record, _) = StatusRules.Change(State("MYS"), TreatyStatus.Party, new DateOnly(2026, 1, 15), ConsentKind.Approval, Today);
        Assert.Equal(ConsentKind.Approval, record!.ConsentKind);
    }

    [Fact]
    public void Correcting_a_partys_deposit_date_keeps_its_kind_of_instrument()
    {
        var denmark = State("DNK"); // approval, 2 April 2014
        var (record, _) = StatusRules.Change(denmark, TreatyStatus.Party, new DateOnly(2014, 4, 3), null, Today);
        Assert.Equal(ConsentKind.Approval, record!.ConsentKind);
        Assert.Equal(new DateOnly(2014, 12, 24), record.EntryIntoForce);
    }

    [Fact]
    public void A_deposit_in_the_future_is_refused()
    {
        var (record, problems) = StatusRules.Change(State("TON"), TreatyStatus.Party, Today.AddDays(1), null, Today);
        Assert.Null(record);
        Assert.Contains("in the future", Assert.Single(problems));
    }

    [Fact]
    public void A_signature_after_the_treaty_closed_for_signature_is_refused_with_the_reason()
    {
        var (record, problems) = StatusRules.Change(State("TON"), TreatyStatus.Signatory, new DateOnly(2020, 3, 5), null, Today);
        Assert.Null(record);
        var problem = Assert.Single(problems);
        Assert.Contains("open for signature only from 3 June 2013", problem);
        Assert.Contains("accession", problem);
    }

    [Fact]
    public void The_last_day_of_signature_is_the_day_before_entry_into_force()
    {
        Assert.NotNull(StatusRules.Change(State("TON"), TreatyStatus.Signatory, new DateOnly(2014, 12, 23), null, Today).Record);
        Assert.Null(StatusRules.Change(State("TON"), TreatyStatus.Signatory, new DateOnly(2014, 12, 24), null, Today).Record);
    }

    [Fact]
    public void An_instrument_before_the_signature_is_refused()
    {
        var malaysia = State("MYS"); // signed 26 September 2013
        var (record, problems) = StatusRules.Change(malaysia, TreatyStatus.Party, new DateOnly(2013, 9, 1), null, Today);
        Assert.Null(record);
        Assert.Contains(problems, p => p.Contains("cannot come before the signature"));
    }

    [Fact]
    public void A_state_that_did_not_sign_cannot_ratify_and_a_signatory_cannot_accede()
    {
        var (_, ratify) = StatusRules.Change(State("TON"), TreatyStatus.Party, new DateOnly(2026, 1, 15), ConsentKind.Ratification, Today);
        Assert.Contains(ratify, p => p.Contains("never signed") && p.Contains("accession"));

        var (_, accede) = StatusRules.Change(State("MYS"), TreatyStatus.Party, new DateOnly(2026, 1, 15), ConsentKind.Accession, Today);
        Assert.Contains(accede, p => p.Contains("signatory joins by ratification"));
    }

    [Fact]
    public void Accession_before_the_treaty_was_in_force_is_refused()
    {
        var (_, problems) = StatusRules.Change(State("TON"), TreatyStatus.Party, new DateOnly(2014, 10, 1), null, Today);
        Assert.Contains(problems, p => p.Contains("Article 21"));
    }

    [Fact]
    public void Party_and_signatory_need_a_date_and_none_takes_none()
    {
        Assert.Contains("date the instrument was deposited", Assert.Single(StatusRules.Change(State("TON"), TreatyStatus.Party, null, null, Today).Problems));
        Assert.Contains("date of signature", Assert.Single(StatusRules.Change(State("TON"), TreatyStatus.Signatory, null, null, Today).Problems));
        Assert.Contains("takes no date", Assert.Single(StatusRules.Change(State("MYS"), TreatyStatus.None, Today, null, Today).Problems));
    }

    [Fact]
    public void None_clears_signature_and_instrument()
    {
        var (record, _) = StatusRules.Change(State("MYS"), TreatyStatus.None, null, null, Today);
        Assert.Equal(StatusRecord.Neither, record);
        Assert.Null(record!.EntryIntoForce);
    }
}
