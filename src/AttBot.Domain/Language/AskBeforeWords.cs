namespace AttBot.Domain.Language;

/// <summary>
/// The questions asked before something hard to undo is stored: a registration that looks like the person's own earlier
/// one, and the cancellation or "done" of a visit still to come. Each with its buttons and the answer to each button.
/// </summary>
public static class AskBeforeWords
{
    private const char Nbsp = '\u00A0';

    public static string AlreadyRegisteredHeading(Language language) => language switch
    {
        Language.French => $"L’avez-vous déjà inscrite{Nbsp}?",
        Language.Spanish => "¿Ya la había registrado?",
        _ => "Did you already register this?",
    };

    /// <summary>Nothing is stored while the question is open: the reader must know it.</summary>
    public static string AlreadyRegistered(string id, string states, string window, Language language) => language switch
    {
        Language.French => $"Votre inscription {id} couvre déjà {states} ({window}). Rien n’est encore inscrit{Nbsp}: " +
            $"inscrivez celle-ci quand même, modifiez {id} à la place, ou abandonnez-la.",
        Language.Spanish => $"Su registro {id} ya abarca {states} ({window}). Todavía no se ha registrado nada: " +
            $"regístrela de todos modos, modifique {id} en su lugar o descártela.",
        _ => $"Your registration {id} already covers {states} on {window}. Nothing is registered yet: " +
            $"register this anyway, change {id} instead, or discard it.",
    };

    public static string RegisterAnyway(Language language) => language switch
    {
        Language.French => "L’inscrire quand même",
        Language.Spanish => "Registrarla de todos modos",
        _ => "Register anyway",
    };

    public static string ChangeInstead(string id, Language language) => language switch
    {
        Language.French => $"Modifier {id} à la place",
        Language.Spanish => $"Modificar {id} en su lugar",
        _ => $"Change {id} instead",
    };

    public static string Discard(Language language) => language switch
    {
        Language.French => "Abandonner",
        Language.Spanish => "Descartar",
        _ => "Discard",
    };

    /// <summary>When the line is too long to ride on a button (Slack): how to register it anyway by hand.</summary>
    public static string TypeAnyway(string c, Language language) => language switch
    {
        Language.French => $"Pour l’inscrire quand même, envoyez **{c}register anyway** suivi de votre ligne.",
        Language.Spanish => $"Para registrarla de todos modos, envíe **{c}register anyway** seguido de su línea.",
        _ => $"To register it anyway, send **{c}register anyway** followed by your line.",
    };

    /// <summary>When the form is too long to ride on a button: the same registration can still be typed as one line.</summary>
    public static string TypeFormAnyway(string c, Language language) => language switch
    {
        Language.French => $"Ce formulaire est trop long pour tenir dans un bouton{Nbsp}: pour l’inscrire quand même, envoyez **{c}register anyway** " +
            "suivi de la démarche écrite sur une ligne.",
        Language.Spanish => "Este formulario es demasiado largo para caber en un botón: para registrarlo de todos modos, envíe " +
            $"**{c}register anyway** seguido de la gestión escrita en una línea.",
        _ => $"This form is too long to fit on a button: to register it anyway, send **{c}register anyway** followed by the outreach written as one line.",
    };

    /// <summary>A "Register anyway" whose form AttBot cannot read back (altered by hand): nothing is stored.</summary>
    public static string FormUnreadable(Language language) => language switch
    {
        Language.French => $"Je ne parviens pas à relire ce formulaire{Nbsp}: rien n’a été inscrit. Envoyez **register** pour ouvrir un nouveau formulaire.",
        Language.Spanish => "No consigo leer de nuevo este formulario: no se ha registrado nada. Envíe **register** para abrir un formulario nuevo.",
        _ => "I cannot read this form back: nothing was registered. Send **register** to open a new form.",
    };

    public static string Discarded(Language language) => language switch
    {
        Language.French => $"Abandonnée{Nbsp}: rien n’a été inscrit.",
        Language.Spanish => "Descartada: no se ha registrado nada.",
        _ => "Discarded: nothing was registered.",
    };

    public static string ChangeHeading(string id, Language language) => language switch
    {
        Language.French => $"Modifier {id}",
        Language.Spanish => $"Modificar {id}",
        _ => $"Change {id}",
    };

    /// <summary><paramref name="move"/>: the command that moves it to the dates just typed ("move OR-0042 2027-04-01..2027-04-03").</summary>
    public static string HowToChange(string id, string move, Language language) => language switch
    {
        Language.French => $"Pour déplacer {id} aux dates que vous avez saisies, envoyez **{move}** (en changeant les dates si besoin). " +
            $"Pour changer autre chose, annulez {id} puis inscrivez à nouveau la démarche.",
        Language.Spanish => $"Para mover {id} a las fechas que indicó, envíe **{move}** (cambiando las fechas si lo desea). " +
            $"Para cambiar cualquier otra cosa, cancele {id} y vuelva a registrar la gestión.",
        _ => $"To move {id} to the dates you typed, send **{move}** (change the dates if you like). " +
            $"To change anything else, cancel {id} and register the outreach again.",
    };

    /// <summary><paramref name="move"/>: the command that moves it to the new registration's dates.</summary>
    public static string MoveTo(string id, string move, Language language) => language switch
    {
        Language.French => $"Pour déplacer {id} aux nouvelles dates, envoyez **{move}** (en changeant les dates si besoin).",
        Language.Spanish => $"Para mover {id} a las nuevas fechas, envíe **{move}** (cambiando las fechas si lo desea).",
        _ => $"To move {id} to the new dates, send **{move}** (change the dates if you like).",
    };

    /// <summary>
    /// What differs besides the dates (<paramref name="fields"/>: the confirmation's labels, "States, Partners"), which no
    /// command changes in a stored registration: said plainly, with the way that remains.
    /// </summary>
    public static string DiffersIn(string id, string fields, bool alsoDates, Language language) => language switch
    {
        Language.French => $"Celle-ci diffère {(alsoDates ? "aussi " : "")}de {id} par{Nbsp}: {fields}. Ces éléments ne peuvent pas être modifiés " +
            $"dans une démarche déjà inscrite{Nbsp}: annulez {id} et inscrivez plutôt celle-ci.",
        Language.Spanish => $"Esta {(alsoDates ? "también " : "")}difiere de {id} en: {fields}. Esos datos no pueden modificarse en una gestión " +
            $"ya registrada: cancele {id} y registre esta en su lugar.",
        _ => $"This one {(alsoDates ? "also " : "")}differs from {id} in: {fields}. Those cannot be changed in a stored registration: " +
            $"cancel {id} and register this one instead.",
    };

    /// <summary>Nothing differs from the earlier registration: nothing to change, and the reader is told what is left.</summary>
    public static string SameAsEarlier(string id, Language language) => language switch
    {
        Language.French => $"Celle-ci est identique à {id}{Nbsp}: il n’y a rien à modifier. Abandonnez-la, ou inscrivez-la quand même " +
            "si vous souhaitez l’avoir deux fois.",
        Language.Spanish => $"Esta es idéntica a {id}: no hay nada que modificar. Descártela o regístrela de todos modos si desea tenerla dos veces.",
        _ => $"This one is the same as {id}: there is nothing to change. Discard it, or register it anyway if you mean to have it twice.",
    };

    public static string CancelEarlier(string id, Language language) => language switch
    {
        Language.French => $"Annuler {id}",
        Language.Spanish => $"Cancelar {id}",
        _ => $"Cancel {id}",
    };

    public static string RegisterThisOne(Language language) => language switch
    {
        Language.French => "Inscrire celle-ci",
        Language.Spanish => "Registrar esta",
        _ => "Register this one",
    };

    public static string Move(string id, Language language) => language switch
    {
        Language.French => $"Déplacer {id}",
        Language.Spanish => $"Mover {id}",
        _ => $"Move {id}",
    };

    public static string CancelHeading(string id, Language language) => language switch
    {
        Language.French => $"Annuler {id}{Nbsp}?",
        Language.Spanish => $"¿Cancelar {id}?",
        _ => $"Cancel {id}?",
    };

    public static string DoneHeading(string id, Language language) => language switch
    {
        Language.French => $"Marquer {id} comme réalisée{Nbsp}?",
        Language.Spanish => $"¿Marcar {id} como realizada?",
        _ => $"Record {id} as done?",
    };

    /// <summary>"OR-0042 (Tonga, 10–12 March 2027) has not taken place yet."</summary>
    public static string NotYet(string id, string states, string window, Language language) => language switch
    {
        Language.French => $"{id} ({states}, {window}) n’a pas encore eu lieu.",
        Language.Spanish => $"{id} ({states}, {window}) aún no ha tenido lugar.",
        _ => $"{id} ({states}, {window}) has not taken place yet.",
    };

    public static string CancelQuestion(Language language) => language switch
    {
        Language.French => $"Voulez-vous l’annuler{Nbsp}? Les autres organisateurs concernés en seront informés.",
        Language.Spanish => "¿Desea cancelarla? Se informará a los demás organizadores afectados.",
        _ => "Do you want to cancel it? The other organizers concerned will be told.",
    };

    public static string DoneQuestion(Language language) => language switch
    {
        Language.French => $"Voulez-vous la marquer comme réalisée avec ces conclusions{Nbsp}?",
        Language.Spanish => "¿Desea marcarla como realizada con estas conclusiones?",
        _ => "Do you want to record it as done with these findings?",
    };

    public static string Findings(Language language) => language switch
    {
        Language.French => "Conclusions",
        Language.Spanish => "Conclusiones",
        _ => "Findings",
    };

    public static string Confirm(Language language) => language switch
    {
        Language.French => "Confirmer",
        Language.Spanish => "Confirmar",
        _ => "Confirm",
    };

    public static string KeepIt(Language language) => language switch
    {
        Language.French => "La conserver",
        Language.Spanish => "Mantenerla",
        _ => "Keep it",
    };

    public static string Kept(string id, Language language) => language switch
    {
        Language.French => $"Rien n’a changé{Nbsp}: {id} reste telle quelle.",
        Language.Spanish => $"No ha cambiado nada: {id} sigue igual.",
        _ => $"Nothing changed: {id} stays as it was.",
    };
}
