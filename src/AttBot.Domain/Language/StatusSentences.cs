using AttBot.Domain.Treaty;

namespace AttBot.Domain.Language;

/// <summary>
/// The status card's words in English, French and Spanish, for Teams and Slack alike: the headline, the facts'
/// labels, the instrument line and the footer. The status and instrument words are the treaty's own
/// (<see cref="TreatyTerms"/>); dates come from <see cref="Formats"/>. French puts a no-break space before a colon.
/// </summary>
public static class StatusSentences
{
    private const char Nbsp = '\u00A0';

    /// <summary>An instrument deposited, the treaty not yet in force for the state (Article 22(2)).</summary>
    public static string NotYetInForce(ConsentKind? kind, DateOnly? deposited, DateOnly entryIntoForce, Language language)
    {
        var eif = Formats.Date(entryIntoForce, language);
        var before = deposited is { } d ? $"{Deposited(kind, language)} {Formats.Date(d, language)} · " : "";
        return language switch
        {
            Language.French => $"{before}État partie à compter du {eif}",
            Language.Spanish => $"{before}Estado parte a partir del {eif}",
            _ => $"{before}State Party from {eif}",
        };
    }

    /// <summary>A signatory that notified the depositary it does not intend to become a party (the United States, 2019).</summary>
    public static string SignatoryNotJoining(DateOnly notified, Language language) => language switch
    {
        Language.French => $"Signataire{Nbsp}; a notifié le {Formats.Date(notified, language)} son intention de ne pas devenir partie",
        Language.Spanish => $"Signatario; notificó el {Formats.Date(notified, language)} su intención de no llegar a ser parte",
        _ => $"Signatory; notified on {Formats.Date(notified, language)} that it does not intend to become a party",
    };

    // "Acceded 20 November 2026", "Adhésion le 20 novembre 2026", "Adhesión el 20 de noviembre de 2026".
    private static string Deposited(ConsentKind? kind, Language language) => (kind, language) switch
    {
        ({ } k, Language.French) => $"{TreatyTerms.Instrument(k, language)} le",
        ({ } k, Language.Spanish) => $"{TreatyTerms.Instrument(k, language)} el",
        (null, Language.French) => "Instrument déposé le",
        (null, Language.Spanish) => "Instrumento depositado el",
        (ConsentKind.Ratification, _) => "Ratified",
        (ConsentKind.Acceptance, _) => "Accepted",
        (ConsentKind.Approval, _) => "Approved",
        (ConsentKind.Accession, _) => "Acceded",
        _ => "Instrument deposited",
    };

    /// <summary>"Ratification deposited 3 June 2014", "Instrument de ratification déposé le 3 juin 2014".</summary>
    public static string Instrument(ConsentKind? kind, DateOnly? deposited, Language language)
    {
        var date = deposited is { } d ? Formats.Date(d, language) : null;
        var of = kind is { } k ? TreatyTerms.Instrument(k, language).ToLowerInvariant() : null;
        return language switch
        {
            Language.French => (of is null ? "Instrument déposé" : $"Instrument {(of.StartsWith('a') ? "d’" : "de ")}{of} déposé")
                + (date is null ? " (date non enregistrée)" : $" le {date}"),
            Language.Spanish => (of is null ? "Instrumento depositado" : $"Instrumento de {of} depositado")
                + (date is null ? " (fecha no registrada)" : $" el {date}"),
            _ => (kind is { } english ? $"{StatusWording.Describe(english)} deposited" : "Instrument deposited")
                + (date is null ? " (date not recorded)" : $" {date}"),
        };
    }

    public enum Fact { Status, Signed, Instrument, EntryIntoForce, Region, RegionalGroup }

    /// <summary>The label of one fact of the card.</summary>
    public static string Label(Fact fact, Language language) => (fact, language) switch
    {
        (Fact.Status, Language.French) => "Statut",
        (Fact.Status, Language.Spanish) => "Situación",
        (Fact.Status, _) => "Status",
        (Fact.Signed, Language.French) => "Signature",
        (Fact.Signed, Language.Spanish) => "Firma",
        (Fact.Signed, _) => "Signed",
        (Fact.Instrument, Language.Spanish) => "Instrumento",
        (Fact.Instrument, _) => "Instrument",
        (Fact.EntryIntoForce, Language.French) => "Entrée en vigueur",
        (Fact.EntryIntoForce, Language.Spanish) => "Entrada en vigor",
        (Fact.EntryIntoForce, _) => "Entry into force",
        (Fact.Region, Language.French) => "Région",
        (Fact.Region, Language.Spanish) => "Región",
        (Fact.Region, _) => "Region",
        (Fact.RegionalGroup, Language.French) => "Groupe régional de l’ONU",
        (Fact.RegionalGroup, Language.Spanish) => "Grupo regional de las Naciones Unidas",
        _ => "UN regional group",
    };

    /// <summary>One line of the plain-text answer: "Signed 3 June 2013", "Signature : 3 juin 2013", "Firma: 3 de junio de 2013".</summary>
    public static string PlainLine(Fact fact, string value, Language language) => (fact, language) switch
    {
        (_, Language.French) => $"{Label(fact, language)}{Nbsp}: {value}",
        (_, Language.Spanish) => $"{Label(fact, language)}: {value}",
        (Fact.Region or Fact.RegionalGroup, _) => $"{Label(fact, language)}: {value}",
        _ => $"{Label(fact, language)} {value}",
    };

    /// <summary>"Japan: State Party", "Japon : État partie".</summary>
    public static string Titled(string name, string headline, Language language) =>
        language == Language.French ? $"{name}{Nbsp}: {headline}" : $"{name}: {headline}";

    /// <summary>The plain text's last line.</summary>
    public static string CurrentTo(DateOnly currentTo, Language language) => language switch
    {
        Language.French => $"Données à jour au {Formats.Date(currentTo, language)}",
        Language.Spanish => $"Datos actualizados al {Formats.Date(currentTo, language)}",
        _ => $"Data current to {Formats.Date(currentTo, language)}",
    };

    /// <summary>The card's footer: how current the data is and where it comes from.</summary>
    public static string Footer(DateOnly currentTo, Language language) => language switch
    {
        Language.French => $"{CurrentTo(currentTo, language)} · Source{Nbsp}: Collection des traités des Nations Unies (XXVI-8)",
        Language.Spanish => $"{CurrentTo(currentTo, language)} · Fuente: Colección de Tratados de las Naciones Unidas (XXVI-8)",
        _ => $"{CurrentTo(currentTo, language)} · Source: UN Treaty Collection (XXVI-8)",
    };

    /// <summary>The heading above the assistance avenues, followed by a colon on the card.</summary>
    public static string AssistanceHeading(Language language) => language switch
    {
        Language.French => "Assistance pour devenir partie, comme le recommande le Groupe de travail sur l’universalisation du Traité",
        Language.Spanish => "Asistencia para llegar a ser parte, según recomienda el Grupo de Trabajo sobre la Universalización del Tratado",
        _ => Assistance.Heading,
    };

    /// <summary>A colon after a heading, as each language writes it (the heading may be wrapped in bold marks).</summary>
    public static string Colon(Language language) => language == Language.French ? $"{Nbsp}:" : ":";

    public static string VoluntaryTrustFund(Language language) => language switch
    {
        Language.French => "Fonds d’affectation spéciale de contributions volontaires du TCA (VTF)" +
            $"{Nbsp}: projets qui aident à préparer la ratification et la mise en œuvre",
        Language.Spanish => "Fondo Fiduciario de Contribuciones Voluntarias del TCA (VTF): proyectos que ayudan a preparar la ratificación y la aplicación",
        _ => Assistance.VoluntaryTrustFund,
    };

    public static string SponsorshipProgramme(Language language) => language switch
    {
        Language.French => $"Programme de parrainage du TCA{Nbsp}: soutien pour participer aux réunions du TCA",
        Language.Spanish => "Programa de Patrocinio del TCA: apoyo para participar en las reuniones del TCA",
        _ => Assistance.SponsorshipProgramme,
    };
}
