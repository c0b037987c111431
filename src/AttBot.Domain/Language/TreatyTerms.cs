using AttBot.Domain.Treaty;

namespace AttBot.Domain.Language;

/// <summary>
/// The treaty's own words for a status and an instrument, as its authentic French and Spanish texts write them
/// (État partie / Estado parte; ratification, acceptation, approbation, adhésion / ratificación, aceptación,
/// aprobación, adhesión: Articles 21 and 22).
/// </summary>
public static class TreatyTerms
{
    public static string Status(TreatyStatus status, Language language) => (status, language) switch
    {
        (TreatyStatus.Party, Language.French) => "État partie",
        (TreatyStatus.Party, Language.Spanish) => "Estado parte",
        (TreatyStatus.Party, _) => "State Party",
        (TreatyStatus.Signatory, Language.French) => "Signataire, n’a pas encore ratifié",
        (TreatyStatus.Signatory, Language.Spanish) => "Signatario, aún no ha ratificado",
        (TreatyStatus.Signatory, _) => "Signatory, not yet ratified",
        (_, Language.French) => "Ni signataire ni partie",
        (_, Language.Spanish) => "Ni signatario ni parte",
        _ => "Neither signatory nor party",
    };

    public static string Instrument(ConsentKind kind, Language language) => (kind, language) switch
    {
        (ConsentKind.Ratification, Language.French) => "Ratification",
        (ConsentKind.Acceptance, Language.French) => "Acceptation",
        (ConsentKind.Approval, Language.French) => "Approbation",
        (ConsentKind.Accession, Language.French) => "Adhésion",
        (ConsentKind.Ratification, Language.Spanish) => "Ratificación",
        (ConsentKind.Acceptance, Language.Spanish) => "Aceptación",
        (ConsentKind.Approval, Language.Spanish) => "Aprobación",
        (ConsentKind.Accession, Language.Spanish) => "Adhesión",
        _ => StatusWording.Describe(kind),
    };
}
