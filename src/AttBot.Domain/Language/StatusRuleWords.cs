using AttBot.Domain.Treaty;

namespace AttBot.Domain.Language;

/// <summary>
/// Why a status record is impossible (Articles 20 to 22), for "set status" and an import's refused rows, in English,
/// French and Spanish. Dates come from <see cref="Formats"/>; French puts a no-break space before a colon.
/// </summary>
public static class StatusRuleWords
{
    private const char Nbsp = '\u00A0';

    private static string D(DateOnly date, Language language) => Formats.Date(date, language);

    public static string SignatoryNeedsDate(string name, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: un Signataire doit avoir une date de signature.",
        Language.Spanish => $"{name}: un Signatario necesita la fecha de firma.",
        _ => $"{name}: a signatory needs the date of signature.",
    };

    public static string OnlyPartyDeposits(string name, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: seul un État partie a déposé un instrument.",
        Language.Spanish => $"{name}: solo un Estado parte ha depositado un instrumento.",
        _ => $"{name}: only a State Party has an instrument deposited.",
    };

    public static string SignedIsSignatory(string name, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: un État qui a signé est Signataire, et non «{Nbsp}none{Nbsp}».",
        Language.Spanish => $"{name}: un Estado que firmó es Signatario, no «none».",
        _ => $"{name}: a state that signed is a signatory, not “none”.",
    };

    public static string SignatureInFuture(string name, DateOnly signed, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: la date de signature, le {D(signed, language)}, est dans le futur.",
        Language.Spanish => $"{name}: la fecha de firma, {D(signed, language)}, es posterior a hoy.",
        _ => $"{name}: the signature date {D(signed, language)} is in the future.",
    };

    public static string SignatureOutsideOpening(string name, DateOnly signed, Language language)
    {
        var (opened, inForce) = (D(TreatyDates.OpenedForSignature, language), D(TreatyDates.TreatyEntryIntoForce, language));
        return language switch
        {
            Language.French => $"{name}{Nbsp}: le Traité n’était ouvert à la signature que du {opened} à son entrée en vigueur, le {inForce} (article 20){Nbsp}; " +
                               $"il ne peut donc pas avoir été signé le {D(signed, language)}. Un État qui n’a pas signé y adhère.",
            Language.Spanish => $"{name}: el Tratado estuvo abierto a la firma solo desde el {opened} hasta su entrada en vigor el {inForce} (artículo 20), " +
                                $"por lo que no pudo firmarse el {D(signed, language)}; un Estado que no firmó se adhiere.",
            _ => $"{name}: the treaty was open for signature only from {opened} until it entered into force on {inForce} (Article 20), " +
                 $"so it cannot have been signed on {D(signed, language)}; a state that did not sign joins by accession.",
        };
    }

    public static string DepositInFuture(string name, DateOnly deposited, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: la date de dépôt, le {D(deposited, language)}, est dans le futur.",
        Language.Spanish => $"{name}: la fecha de depósito, {D(deposited, language)}, es posterior a hoy.",
        _ => $"{name}: the deposit date {D(deposited, language)} is in the future.",
    };

    public static string DepositBeforeOpening(string name, DateOnly deposited, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: le {D(deposited, language)} précède l’ouverture du Traité à la signature, le {D(TreatyDates.OpenedForSignature, language)}.",
        Language.Spanish => $"{name}: el {D(deposited, language)} es anterior a la apertura del Tratado a la firma, el {D(TreatyDates.OpenedForSignature, language)}.",
        _ => $"{name}: {D(deposited, language)} is before the treaty was opened for signature on {D(TreatyDates.OpenedForSignature, language)}.",
    };

    public static string InstrumentBeforeSignature(string name, DateOnly deposited, DateOnly signed, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: l’instrument ({D(deposited, language)}) ne peut précéder la signature ({D(signed, language)}).",
        Language.Spanish => $"{name}: el instrumento ({D(deposited, language)}) no puede ser anterior a la firma ({D(signed, language)}).",
        _ => $"{name}: the instrument ({D(deposited, language)}) cannot come before the signature ({D(signed, language)}).",
    };

    public static string AccessionBeforeInForce(string name, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: l’adhésion n’a été possible qu’une fois le Traité entré en vigueur, le {D(TreatyDates.TreatyEntryIntoForce, language)} (article 21).",
        Language.Spanish => $"{name}: la adhesión solo fue posible una vez que el Tratado entró en vigor, el {D(TreatyDates.TreatyEntryIntoForce, language)} (artículo 21).",
        _ => $"{name}: accession was open only once the treaty had entered into force on {D(TreatyDates.TreatyEntryIntoForce, language)} (Article 21).",
    };

    public static string SignatoryCannotAccede(string name, DateOnly signed, Language language) => language switch
    {
        Language.French => $"{name} a signé le {D(signed, language)}{Nbsp}: un Signataire devient partie par ratification, acceptation ou approbation, et non par adhésion (article 21).",
        Language.Spanish => $"{name} firmó el {D(signed, language)}: un Signatario pasa a ser parte por ratificación, aceptación o aprobación, no por adhesión (artículo 21).",
        _ => $"{name} signed on {D(signed, language)}: a signatory joins by ratification, acceptance or approval, not accession (Article 21).",
    };

    public static string NeverSigned(string name, ConsentKind kind, Language language) => language switch
    {
        Language.French => $"{name} n’a jamais signé{Nbsp}: un État qui n’a pas signé devient partie par adhésion, et non par {TreatyTerms.Instrument(kind, language).ToLowerInvariant()} (article 21).",
        Language.Spanish => $"{name} nunca firmó: un Estado que no firmó pasa a ser parte por adhesión, no por {TreatyTerms.Instrument(kind, language).ToLowerInvariant()} (artículo 21).",
        _ => $"{name} never signed: a state that did not sign joins by accession, not {TreatyTerms.Instrument(kind, language).ToLowerInvariant()} (Article 21).",
    };

    /// <summary>"set status Tonga party" without its date; the example keeps the English command.</summary>
    public static string GiveDepositDate(string commandName, Language language) => language switch
    {
        Language.French => $"Veuillez indiquer la date de dépôt de l’instrument, par exemple **set status {commandName} party 2026-03-02**.",
        Language.Spanish => $"Indique la fecha en que se depositó el instrumento, por ejemplo **set status {commandName} party 2026-03-02**.",
        _ => $"Please give the date the instrument was deposited, for example **set status {commandName} party 2026-03-02**.",
    };

    public static string GiveSignatureDate(string commandName, Language language) => language switch
    {
        Language.French => $"Veuillez indiquer la date de signature, par exemple **set status {commandName} signatory 2013-06-03**.",
        Language.Spanish => $"Indique la fecha de firma, por ejemplo **set status {commandName} signatory 2013-06-03**.",
        _ => $"Please give the date of signature, for example **set status {commandName} signatory 2013-06-03**.",
    };

    public static string SignatoryHasNoInstrument(Language language) => language switch
    {
        Language.French => $"Un Signataire n’a déposé aucun instrument{Nbsp}: retirez la ratification, l’acceptation, l’approbation ou l’adhésion.",
        Language.Spanish => "Un Signatario no ha depositado ningún instrumento: quite la ratificación, aceptación, aprobación o adhesión.",
        _ => "A signatory has no instrument deposited: leave out the ratification, acceptance, approval or accession.",
    };

    public static string NoneTakesNoDate(Language language) => language switch
    {
        Language.French => $"«{Nbsp}none{Nbsp}» ne prend pas de date{Nbsp}: il efface la signature et tout instrument.",
        Language.Spanish => "«none» no lleva fecha: borra la firma y todo instrumento.",
        _ => "“none” takes no date: it clears the signature and any instrument.",
    };

    /// <summary>An import's file with no row at all.</summary>
    public static string EmptyFile(Language language) => language switch
    {
        Language.French => "Le fichier est vide.",
        Language.Spanish => "El archivo está vacío.",
        _ => "The file is empty.",
    };

    /// <summary>An HTML page without the depositary's table; the columns keep the depositary's English names.</summary>
    public static string NoTable(Language language) => language switch
    {
        Language.French => "Je n’ai trouvé aucun tableau comportant les colonnes Participant, Signature et « Ratification, Acceptance(A), Approval(AA), Accession(a) ».",
        Language.Spanish => "No encontré ninguna tabla con las columnas Participant, Signature y «Ratification, Acceptance(A), Approval(AA), Accession(a)».",
        _ => "I found no table with the columns Participant, Signature and “Ratification, Acceptance(A), Approval(AA), Accession(a)”.",
    };

    public static string NoHeader(Language language) => language switch
    {
        Language.French => "La première ligne doit nommer les colonnes Participant, Signature et « Ratification, Acceptance(A), Approval(AA), Accession(a) ».",
        Language.Spanish => "La primera fila debe nombrar las columnas Participant, Signature y «Ratification, Acceptance(A), Approval(AA), Accession(a)».",
        _ => "The first row must name the columns Participant, Signature and “Ratification, Acceptance(A), Approval(AA), Accession(a)”.",
    };

    public static string EmptyName(Language language) => language switch
    {
        Language.French => "Le nom du participant est vide.",
        Language.Spanish => "El nombre del participante está vacío.",
        _ => "The participant's name is empty.",
    };

    /// <summary>The depositary writes its dates "3 Jun 2013", in English whatever the reader's language: so does the example.</summary>
    public static string UnreadableSignature(string name, string typed, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: la signature «{Nbsp}{typed}{Nbsp}» n’est pas une date comme 3 Jun 2013.",
        Language.Spanish => $"{name}: la firma «{typed}» no es una fecha como 3 Jun 2013.",
        _ => $"{name}: the signature “{typed}” is not a date like 3 Jun 2013.",
    };

    public static string UnreadableInstrument(string name, string typed, Language language) => language switch
    {
        Language.French => $"{name}{Nbsp}: l’instrument «{Nbsp}{typed}{Nbsp}» n’est pas une date comme 29 Jul 2020, suivie ou non de a, A ou AA.",
        Language.Spanish => $"{name}: el instrumento «{typed}» no es una fecha como 29 Jul 2020, seguida o no de a, A o AA.",
        _ => $"{name}: the instrument “{typed}” is not a date like 29 Jul 2020 with an optional a, A or AA.",
    };

    /// <summary>An import's row naming no state the bot knows.</summary>
    public static string UnknownState(string participant, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{participant}{Nbsp}» n’est pas un État que je connais.",
        Language.Spanish => $"«{participant}» no es un Estado que yo conozca.",
        _ => $"“{participant}” is not a state I know.",
    };

    public static string ListedTwice(string name, int firstLine, Language language) => language switch
    {
        Language.French => $"{name} figure deux fois (d’abord à la ligne {firstLine}).",
        Language.Spanish => $"{name} aparece dos veces (primero en la línea {firstLine}).",
        _ => $"{name} is listed twice (first on line {firstLine}).",
    };
}
