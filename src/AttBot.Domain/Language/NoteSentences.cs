namespace AttBot.Domain.Language;

/// <summary>
/// The remarks of the status table said as sentences in English, French and Spanish (read by
/// <see cref="Treaty.StatusNotes"/>): the United States' 2019 notification, provisional application under Article 23,
/// a deposit whose exact day is unconfirmed, and the few one-off remarks the depositary records for single states.
/// </summary>
public static class NoteSentences
{
    private const char Nbsp = '\u00A0';

    public static string NoIntention(DateOnly notified, Language language) => language switch
    {
        Language.French => $"A notifié au dépositaire, le {Formats.Date(notified, language)}, son intention de ne pas devenir partie{Nbsp}: " +
            "sa signature n’emporte aucune obligation juridique.",
        Language.Spanish => $"Notificó al depositario, el {Formats.Date(notified, language)}, su intención de no llegar a ser parte: " +
            "su firma no genera obligaciones jurídicas.",
        _ => $"Notified the depositary on {Formats.Date(notified, language)} that it does not intend to become a party: its signature carries no legal obligations.",
    };

    public static string Provisional(DateOnly from, Language language) => language switch
    {
        Language.French => $"Applique provisoirement les articles 6 et 7 (article 23) depuis le {Formats.Date(from, language)}.",
        Language.Spanish => $"Aplica provisionalmente los artículos 6 y 7 (artículo 23) desde el {Formats.Date(from, language)}.",
        _ => $"Applies Articles 6 and 7 provisionally (Article 23) since {Formats.Date(from, language)}.",
    };

    public static string DepositedBetween(DateOnly from, DateOnly to, Language language) => language switch
    {
        Language.French => $"Instrument déposé entre le {Formats.Date(from, language)} et le {Formats.Date(to, language)}{Nbsp}; " +
            "la date exacte reste à confirmer.",
        Language.Spanish => $"Instrumento depositado entre el {Formats.Date(from, language)} y el {Formats.Date(to, language)}; " +
            "la fecha exacta está aún por confirmar.",
        _ => $"Instrument deposited between {Formats.Date(from, language)} and {Formats.Date(to, language)}; the exact date is still to be confirmed.",
    };

    public static string InterpretativeDeclarations(Language language) => language switch
    {
        Language.French => "A formulé des déclarations interprétatives.",
        Language.Spanish => "Formuló declaraciones interpretativas.",
        _ => "Made interpretative declarations.",
    };

    /// <summary>
    /// A one-off remark of the table, by its English text with any date written out by the caller; null for a remark
    /// not known here (the caller then shows the depositary's English, the only text there is).
    /// </summary>
    public static string? Remark(string remark, string? date, Language language) => (remark.ToLowerInvariant(), language) switch
    {
        ("declaration (date): signature also engages the walloon, flemish and brussels-capital regions", Language.French) =>
            $"Déclaration ({date}){Nbsp}: la signature engage également la Région wallonne, la Région flamande et la Région de Bruxelles-Capitale.",
        ("declaration (date): signature also engages the walloon, flemish and brussels-capital regions", Language.Spanish) =>
            $"Declaración ({date}): la firma obliga también a la Región Valona, la Región Flamenca y la Región de Bruselas-Capital.",
        ("applies to hong kong sar and macao sar", Language.French) => "S’applique à la RAS de Hong Kong et à la RAS de Macao.",
        ("applies to hong kong sar and macao sar", Language.Spanish) => "Se aplica a la RAE de Hong Kong y a la RAE de Macao.",
        ("not applied to faroe islands and greenland until further notice", Language.French) =>
            "Ne s’applique pas aux îles Féroé ni au Groenland jusqu’à nouvel avis.",
        ("not applied to faroe islands and greenland until further notice", Language.Spanish) =>
            "No se aplica a las Islas Feroe ni a Groenlandia hasta nuevo aviso.",
        ("declaration on russian-text term for diversion (art. 13)", Language.French) =>
            "Déclaration sur le terme du texte russe traduisant «\u00A0détournement\u00A0» (article 13).",
        ("declaration on russian-text term for diversion (art. 13)", Language.Spanish) =>
            "Declaración sobre el término del texto ruso que traduce «desvío» (artículo 13).",
        ("un non-member observer state", Language.French) => "État non membre observateur auprès de l’Organisation des Nations Unies.",
        ("un non-member observer state", Language.Spanish) => "Estado observador no miembro de las Naciones Unidas.",
        ("non-un-member state (free association with new zealand)", Language.French) =>
            "État non membre de l’Organisation des Nations Unies (en libre association avec la Nouvelle-Zélande).",
        ("non-un-member state (free association with new zealand)", Language.Spanish) =>
            "Estado no miembro de las Naciones Unidas (en libre asociación con Nueva Zelandia).",
        ("ratification not extended to tokelau", Language.French) => "La ratification ne s’étend pas aux Tokélaou.",
        ("ratification not extended to tokelau", Language.Spanish) => "La ratificación no se extiende a Tokelau.",
        ("israel objected to the accession (date)", Language.French) => $"Israël a formulé une objection à l’adhésion ({date}).",
        ("israel objected to the accession (date)", Language.Spanish) => $"Israel formuló una objeción a la adhesión ({date}).",
        _ => null,
    };
}
