using AttBot.Domain.Treaty;

namespace AttBot.Domain.Language;

/// <summary>
/// What the Secretariat reads when it keeps the status table (a change, an import) in English, French and Spanish, the
/// same on every channel. Status and instrument words are the treaty's own (<see cref="TreatyTerms"/>); dates come
/// from <see cref="Formats"/>. French puts a no-break space before a colon.
/// </summary>
public static class StatusEditWords
{
    private const char Nbsp = '\u00A0';

    public static string AfterChange(Language language) => language switch
    {
        Language.French => "L’entrée en vigueur est calculée selon l’article 22. La modification figure dans l’historique.",
        Language.Spanish => "La entrada en vigor se calcula según el artículo 22. El cambio consta en el historial.",
        _ => "Entry into force is computed by Article 22. The change is in the audit trail.",
    };

    public static string NothingToApply(Language language) => language switch
    {
        Language.French => $"Rien à appliquer{Nbsp}: les données enregistrées concordent déjà avec chaque ligne lue.",
        Language.Spanish => "Nada que aplicar: los datos registrados ya coinciden con cada fila leída.",
        _ => "Nothing to apply: the stored data already agrees with every row read.",
    };

    public static string NothingChangedYet(Language language) => language switch
    {
        Language.French => "Rien n’a encore changé. Appliquez pour mettre à jour les fiches (chaque modification est consignée dans l’historique), ou écartez l’importation.",
        Language.Spanish => "Todavía no ha cambiado nada. Aplique para actualizar las fichas (cada cambio consta en el historial) o descarte la importación.",
        _ => "Nothing has changed yet. Apply to update the records (each change is audited), or discard.",
    };

    /// <summary>The heading of a change: "Tonga updated".</summary>
    public static string Updated(string name, Language language) => language switch
    {
        Language.French => $"Fiche de {name} mise à jour",
        Language.Spanish => $"Ficha de {name} actualizada",
        _ => $"{name} updated",
    };

    public static string Changed(string name, string before, string now, Language language) => language switch
    {
        Language.French => $"Fiche de {name} mise à jour. Avant{Nbsp}: {before}. Désormais{Nbsp}: {now}.",
        Language.Spanish => $"Ficha de {name} actualizada. Antes: {before}. Ahora: {now}.",
        _ => $"{name} updated. Before: {before}. Now: {now}.",
    };

    public static string Before(Language language) => language switch
    {
        Language.French => "Avant",
        Language.Spanish => "Antes",
        _ => "Before",
    };

    public static string Now(Language language) => language switch
    {
        Language.French => "Désormais",
        Language.Spanish => "Ahora",
        _ => "Now",
    };

    /// <summary>The button that shows the state's status card.</summary>
    public static string StatusOf(string name, Language language) => language switch
    {
        Language.French => $"Statut de {name}",
        Language.Spanish => $"Situación de {name}",
        _ => $"Status of {name}",
    };

    public static string History(Language language) => language switch
    {
        Language.French => "Historique",
        Language.Spanish => "Historial",
        _ => "History",
    };

    public static string Discard(Language language) => language switch
    {
        Language.French => "Écarter",
        Language.Spanish => "Descartar",
        _ => "Discard",
    };

    /// <summary>
    /// "State Party (signed 3 June 2013, accession deposited 2 March 2026, in force 31 May 2026)",
    /// "Signatory (signed 3 June 2013)", "Neither signatory nor party": a record before or after a change.
    /// </summary>
    public static string Record(TreatyStatus status, DateOnly? signed, ConsentKind? kind, DateOnly? deposited, DateOnly? inForce, Language language)
    {
        string Date(DateOnly d) => Formats.Date(d, language);
        var signedPart = signed is { } s ? language switch
        {
            Language.French => $"signature le {Date(s)}",
            Language.Spanish => $"firma el {Date(s)}",
            _ => $"signed {Date(s)}",
        } : null;
        return status switch
        {
            TreatyStatus.Party => TreatyTerms.Status(status, language) + " (" + string.Join(", ", new[]
            {
                signedPart,
                Deposited(kind, deposited, language),
                inForce is { } e ? language switch
                {
                    Language.French => $"en vigueur le {Date(e)}",
                    Language.Spanish => $"en vigor el {Date(e)}",
                    _ => $"in force {Date(e)}",
                } : null,
            }.OfType<string>()) + ")",
            TreatyStatus.Signatory => (language switch
            {
                Language.French => "Signataire",
                Language.Spanish => "Signatario",
                _ => "Signatory",
            }) + (signedPart is null ? "" : $" ({signedPart})"),
            _ => TreatyTerms.Status(status, language),
        };
    }

    // "accession deposited 2 March 2026", « instrument d’adhésion déposé le 2 mars 2026 », «instrumento de adhesión depositado el 2 de marzo de 2026».
    private static string Deposited(ConsentKind? kind, DateOnly? deposited, Language language)
    {
        if (deposited is not { } d)
            return language switch
            {
                Language.French => "date de dépôt non enregistrée",
                Language.Spanish => "fecha de depósito no registrada",
                _ => "deposit date not recorded",
            };
        var instrument = StatusSentences.Instrument(kind, d, language);
        return char.ToLowerInvariant(instrument[0]) + instrument[1..];
    }

    public static string AsAt(DateOnly date, Language language) => language switch
    {
        Language.French => $"Le fichier présente le statut au {Formats.Date(date, language)}.",
        Language.Spanish => $"El archivo muestra la situación al {Formats.Date(date, language)}.",
        _ => $"The file shows the status as at {Formats.Date(date, language)}.",
    };

    public static string OlderThanData(DateOnly current, Language language) => language switch
    {
        Language.French => $"Ce fichier est plus ancien que les données enregistrées (à jour au {Formats.Date(current, language)}){Nbsp}: vérifiez chaque modification avant de l’appliquer.",
        Language.Spanish => $"Este archivo es anterior a los datos registrados (actualizados al {Formats.Date(current, language)}): compruebe cada cambio antes de aplicarlo.",
        _ => $"This file is older than the stored data (current to {Formats.Date(current, language)}): check each change before applying.",
    };

    /// <summary>"From the pasted text: 2 added, 1 changed, 190 unchanged, 1 row refused."</summary>
    public static string From(string source, int added, int changed, int unchanged, int refused, Language language) => language switch
    {
        Language.French => $"{Source(source, language)}{Nbsp}: {Counted(added, "ajouté", "ajoutés", language)}, {Counted(changed, "modifié", "modifiés", language)}, {Counted(unchanged, "inchangé", "inchangés", language)}, {Counted(refused, "ligne refusée", "lignes refusées", language)}.",
        Language.Spanish => $"{Source(source, language)}: {Counted(added, "añadido", "añadidos", language)}, {Counted(changed, "modificado", "modificados", language)}, {Counted(unchanged, "sin cambios", "sin cambios", language)}, {Counted(refused, "fila rechazada", "filas rechazadas", language)}.",
        _ => $"From {Source(source, language)}: {added} added, {changed} changed, {unchanged} unchanged, {Counted(refused, "row refused", "rows refused", language)}.",
    };

    /// <summary>The import as one line, for notifications and typed answers.</summary>
    public static string PlainSummary(long importId, string source, int added, int changed, int unchanged, int refused, bool anything, Language language) =>
        $"{ImportHeading(importId, ImportStage.Preview, language)} · {From(source, added, changed, unchanged, refused, language)} " + (anything
            ? language switch
            {
                Language.French => $"Tapez **apply import {importId}** ou **discard import {importId}**.",
                Language.Spanish => $"Escriba **apply import {importId}** o **discard import {importId}**.",
                _ => $"Type **apply import {importId}** or **discard import {importId}**.",
            }
            : NothingToApply(language));

    public enum ImportStage { Preview, Applied, Discarded }

    public static string ImportHeading(long importId, ImportStage stage, Language language) => (stage, language) switch
    {
        (ImportStage.Preview, Language.French) => $"Import de statuts nº {importId}{Nbsp}: aperçu",
        (ImportStage.Applied, Language.French) => $"Import de statuts nº {importId}{Nbsp}: appliqué",
        (ImportStage.Discarded, Language.French) => $"Import de statuts nº {importId}{Nbsp}: écarté",
        (ImportStage.Preview, Language.Spanish) => $"Importación de situaciones n.º {importId}: vista previa",
        (ImportStage.Applied, Language.Spanish) => $"Importación de situaciones n.º {importId}: aplicada",
        (ImportStage.Discarded, Language.Spanish) => $"Importación de situaciones n.º {importId}: descartada",
        (ImportStage.Preview, _) => $"Status import #{importId}: preview",
        (ImportStage.Applied, _) => $"Status import #{importId}: applied",
        _ => $"Status import #{importId}: discarded",
    };

    /// <summary>A notification's summary of the card (Teams shows it in the activity feed).</summary>
    public static string StatusImport(Language language) => language switch
    {
        Language.French => "Import de statuts",
        Language.Spanish => "Importación de situaciones",
        _ => "Status import",
    };

    public enum Section { Added, Changed, Refused, NotListed }

    /// <summary>"Added (2)", "Not in the file, left as they are (3)".</summary>
    public static string SectionHeading(Section section, int count, Language language) => (section, language) switch
    {
        (Section.Added, Language.French) => $"Ajoutés ({count})",
        (Section.Changed, Language.French) => $"Modifiés ({count})",
        (Section.Refused, Language.French) => $"Lignes refusées ({count})",
        (Section.NotListed, Language.French) => $"Absents du fichier, laissés tels quels ({count})",
        (Section.Added, Language.Spanish) => $"Añadidos ({count})",
        (Section.Changed, Language.Spanish) => $"Modificados ({count})",
        (Section.Refused, Language.Spanish) => $"Filas rechazadas ({count})",
        (Section.NotListed, Language.Spanish) => $"Ausentes del archivo, se dejan como están ({count})",
        (Section.Added, _) => $"Added ({count})",
        (Section.Changed, _) => $"Changed ({count})",
        (Section.Refused, _) => $"Refused rows ({count})",
        _ => $"Not in the file, left as they are ({count})",
    };

    /// <summary>"Line 4: …": where a refused row is in the file.</summary>
    public static string Line(int line, string problem, Language language) => language switch
    {
        Language.French => $"Ligne {line}{Nbsp}: {problem}",
        Language.Spanish => $"Línea {line}: {problem}",
        _ => $"Line {line}: {problem}",
    };

    public static string Updated(int states, DateOnly currentTo, Language language) => language switch
    {
        Language.French => $"{Counted(states, "État mis à jour", "États mis à jour", language)}{Nbsp}; les données sont désormais à jour au {Formats.Date(currentTo, language)}.",
        Language.Spanish => $"{Counted(states, "Estado actualizado", "Estados actualizados", language)}; los datos están ahora actualizados al {Formats.Date(currentTo, language)}.",
        _ => $"{Counted(states, "state", "states", language)} updated; the data is now current to {Formats.Date(currentTo, language)}.",
    };

    public static string Applied(long importId, int states, Language language) => language switch
    {
        Language.French => $"Import de statuts nº {importId} appliqué{Nbsp}: {Counted(states, "État mis à jour", "États mis à jour", language)}.",
        Language.Spanish => $"Importación de situaciones n.º {importId} aplicada: {Counted(states, "Estado actualizado", "Estados actualizados", language)}.",
        _ => $"Status import #{importId} applied: {Counted(states, "state", "states", language)} updated.",
    };

    public static string DiscardedLine(long importId, Language language) => language switch
    {
        Language.French => $"Import de statuts nº {importId} écarté.",
        Language.Spanish => $"Importación de situaciones n.º {importId} descartada.",
        _ => $"Status import #{importId} discarded.",
    };

    public static string Discarded(string source, Language language) => language switch
    {
        Language.French => $"Rien n’a été modifié. Le fichier était{Nbsp}: {Source(source, language)}.",
        Language.Spanish => $"No se ha modificado nada. El archivo era: {Source(source, language)}.",
        _ => $"Nothing was changed. The file was {Source(source, language)}.",
    };

    public static string Apply(int changes, Language language) => language switch
    {
        Language.French => $"Appliquer {Counted(changes, "modification", "modifications", language)}",
        Language.Spanish => $"Aplicar {Counted(changes, "cambio", "cambios", language)}",
        _ => $"Apply {Counted(changes, "change", "changes", language)}",
    };

    /// <summary>"import status" with nothing to import: how to send the table on this channel.</summary>
    /// <param name="files">Whether a file can be sent here (Teams), or only CSV lines typed (Slack).</param>
    public static string ImportHowTo(bool files, Language language) => (files, language) switch
    {
        (true, Language.French) => "Envoyez-moi dans notre conversation privée la page de statut XXVI-8 de la Collection des traités des Nations Unies enregistrée en HTML, " +
            "ou un fichier CSV avec ses colonnes (Participant, Signature, Ratification…)\u00A0; ou tapez **import status** suivi des lignes CSV.",
        (false, Language.French) => "Tapez **import status** suivi des lignes CSV (Participant, Signature, Ratification…), collées dans le même message. " +
            "Pour importer la page de statut XXVI-8 de la Collection des traités des Nations Unies (HTML) ou un fichier CSV, envoyez-moi le fichier dans Teams.",
        (true, Language.Spanish) => "Envíeme en nuestra conversación privada la página de situación XXVI-8 de la Colección de Tratados de las Naciones Unidas guardada como HTML, " +
            "o un archivo CSV con sus columnas (Participant, Signature, Ratification…); o escriba **import status** seguido de las líneas CSV.",
        (false, Language.Spanish) => "Escriba **import status** seguido de las líneas CSV (Participant, Signature, Ratification…), pegadas en el mismo mensaje. " +
            "Para importar la página de situación XXVI-8 de la Colección de Tratados de las Naciones Unidas (HTML) o un archivo CSV, envíeme el archivo en Teams.",
        (true, _) => "Send me the UN Treaty Collection status page for XXVI-8 saved as HTML, or a CSV with its columns " +
            "(Participant, Signature, Ratification…), in our 1:1 chat; or type **import status** followed by the CSV lines.",
        _ => "Type **import status** followed by the CSV lines (Participant, Signature, Ratification…), pasted in the same message. " +
            "To import the UN Treaty Collection status page for XXVI-8 (HTML) or a CSV file, send the file to me in Teams.",
    };

    /// <summary>What an import of CSV lines typed in the chat records as its source, in place of a file name.</summary>
    public const string PastedText = "the pasted text";

    /// <summary>What a file sent without a name is recorded as.</summary>
    public const string AttachedFile = "the attached file";

    /// <summary>Where the import came from: its file name, or the pasted text in the reader's words.</summary>
    public static string Source(string source, Language language) => (source, language) switch
    {
        (PastedText, Language.French) => "le texte collé",
        (PastedText, Language.Spanish) => "el texto pegado",
        (AttachedFile, Language.French) => "le fichier joint",
        (AttachedFile, Language.Spanish) => "el archivo adjunto",
        _ => Shorten(source),
    };

    public static string UnreadableDate(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas une date que je sais lire{Nbsp}: écrivez-la 2026-03-02 ou 2 March 2026.",
        Language.Spanish => $"«{typed}» no es una fecha que sepa leer: escríbala 2026-03-02 o 2 March 2026.",
        _ => $"“{typed}” is not a date I can read: write it as 2026-03-02 or 2 March 2026.",
    };

    public static string NothingToChange(string name, Language language) => language switch
    {
        Language.French => $"Rien à modifier{Nbsp}: la fiche de {name} est déjà ainsi.",
        Language.Spanish => $"Nada que cambiar: la ficha de {name} ya consta así.",
        _ => $"Nothing to change: {name} is already recorded that way.",
    };

    public static string ChangedMeanwhile(string name, Language language) => language switch
    {
        Language.French => $"La fiche de {name} a été modifiée entre-temps{Nbsp}; consultez sa situation et réessayez.",
        Language.Spanish => $"La ficha de {name} cambió mientras tanto; consulte su situación y vuelva a intentarlo.",
        _ => $"{name}'s record changed meanwhile; please look at its status and try again.",
    };

    public static string NothingRead(string source, Language language) => language switch
    {
        Language.French => $"Je n’ai pu lire aucun État dans {source}.",
        Language.Spanish => $"No pude leer ningún Estado en {source}.",
        _ => $"I could not read any state from {source}.",
    };

    public static string NothingReadAt(string source, int line, string problem, Language language) => language switch
    {
        Language.French => $"Je n’ai pu lire aucun État dans {source}{Nbsp}: ligne {line}{Nbsp}: {problem}",
        Language.Spanish => $"No pude leer ningún Estado en {source}: línea {line}: {problem}",
        _ => $"I could not read any state from {source}: line {line}: {problem}",
    };

    public static string NoSuchImport(string typed, Language language) => language switch
    {
        Language.French => $"Il n’y a pas d’importation de situation «{Nbsp}{typed}{Nbsp}».",
        Language.Spanish => $"No hay ninguna importación de situación «{typed}».",
        _ => $"There is no status import “{typed}”.",
    };

    public static string AlreadyApplied(long importId, Language language) => language switch
    {
        Language.French => $"L’importation n° {importId} a déjà été appliquée{Nbsp}; rien n’a été modifié de nouveau.",
        Language.Spanish => $"La importación n.º {importId} ya se aplicó; no se ha vuelto a cambiar nada.",
        _ => $"Import #{importId} was already applied; nothing was changed again.",
    };

    public static string AlreadyDiscarded(long importId, Language language) => language switch
    {
        Language.French => $"L’importation n° {importId} a été écartée{Nbsp}; renvoyez le fichier pour l’importer.",
        Language.Spanish => $"La importación n.º {importId} se descartó; vuelva a enviar el archivo para importarlo.",
        _ => $"Import #{importId} was discarded; send the file again to import it.",
    };

    public static string Stale(long importId, Language language) => language switch
    {
        Language.French => $"Des fiches ont changé depuis l’aperçu de l’importation n° {importId}{Nbsp}: rien n’a été appliqué. Veuillez renvoyer le fichier pour une nouvelle comparaison.",
        Language.Spanish => $"Algunas fichas cambiaron desde la vista previa de la importación n.º {importId}, por lo que no se aplicó nada. Vuelva a enviar el archivo para una nueva comparación.",
        _ => $"Some records changed since import #{importId} was previewed, so nothing was applied. Please send the file again for a fresh comparison.",
    };

    public static string HttpsOnly(Language language) => language switch
    {
        Language.French => "Je ne peux récupérer le fichier qu’en HTTPS.",
        Language.Spanish => "Solo puedo obtener el archivo por HTTPS.",
        _ => "I can only fetch the file over HTTPS.",
    };

    public static string FetchRefused(int statusCode, Language language) => language switch
    {
        Language.French => $"Je n’ai pas pu récupérer le fichier (le serveur a répondu {statusCode}). Veuillez le renvoyer.",
        Language.Spanish => $"No pude obtener el archivo (el servidor respondió {statusCode}). Vuelva a enviarlo.",
        _ => $"I could not fetch the file (the server answered {statusCode}). Please send it again.",
    };

    public static string FetchTooSlow(Language language) => language switch
    {
        Language.French => "La récupération du fichier a pris trop de temps. Veuillez le renvoyer.",
        Language.Spanish => "Obtener el archivo llevó demasiado tiempo. Vuelva a enviarlo.",
        _ => "Fetching the file took too long. Please send it again.",
    };

    public static string FetchFailed(Language language) => language switch
    {
        Language.French => "Je n’ai pas pu récupérer le fichier. Veuillez le renvoyer.",
        Language.Spanish => "No pude obtener el archivo. Vuelva a enviarlo.",
        _ => "I could not fetch the file. Please send it again.",
    };

    public static string FileTooLarge(int kilobytes, Language language) => language switch
    {
        Language.French => $"Le fichier dépasse {kilobytes} Ko, alors que le tableau de situation du dépositaire est bien plus petit. Veuillez vérifier le fichier.",
        Language.Spanish => $"El archivo supera los {kilobytes} KB, y el cuadro de situación del depositario es mucho más pequeño. Compruebe el archivo.",
        _ => $"The file is larger than {kilobytes} KB; the depositary's status table is much smaller. Please check the file.",
    };

    public static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    // French takes the singular for 0 and 1, Spanish and English for 1 only.
    private static string Counted(int n, string one, string many, Language language) =>
        $"{Formats.Number(n, language)} {(n == 1 || (n == 0 && language == Language.French) ? one : many)}";
}
