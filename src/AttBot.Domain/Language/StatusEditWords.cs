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

    /// <summary>Where the import came from: its file name, or the pasted text in the reader's words.</summary>
    public static string Source(string source, Language language) => (source, language) switch
    {
        (PastedText, Language.French) => "le texte collé",
        (PastedText, Language.Spanish) => "el texto pegado",
        _ => Shorten(source),
    };

    public static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    // French takes the singular for 0 and 1, Spanish and English for 1 only.
    private static string Counted(int n, string one, string many, Language language) =>
        $"{Formats.Number(n, language)} {(n == 1 || (n == 0 && language == Language.French) ? one : many)}";
}
