namespace AttBot.Domain.Treaty;

/// <summary>Where a state stands on the Arms Trade Treaty, as the depositary records it.</summary>
public enum TreatyStatus
{
    /// <summary>Neither signed nor joined.</summary>
    None,
    /// <summary>Signed, instrument not yet deposited.</summary>
    Signatory,
    /// <summary>Instrument of ratification, acceptance, approval or accession deposited.</summary>
    Party,
}

/// <summary>The kind of instrument a state deposited to become a party (UNTC suffixes: none, A, AA, a).</summary>
public enum ConsentKind
{
    Ratification,
    Acceptance,
    Approval,
    Accession,
}
