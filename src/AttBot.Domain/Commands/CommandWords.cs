using System.Text.RegularExpressions;

namespace AttBot.Domain.Commands;

/// <summary>
/// The command words of French and Spanish, as the Teams command menu offers them in each language (manifests/teams/fr.json
/// and es.json) and as people type them: "statut Viet Nam", "estado de Malasia", "aide", "mis registros". They are read
/// into the English command before anything else, so each command's grammar exists once.
/// </summary>
public static partial class CommandWords
{
    // The leading words → the English command. Longer phrases first: "mes inscriptions" before anything shorter.
    private static readonly (string Words, string English)[] Leading =
    [
        // The calendar subscription first: "anular la suscripción al calendario" is not "cancel".
        (@"(?:s['’])?abonner\s+(?:au\s+|à\s+l['’]\s*)?(?:calendrier|agenda)|(?:flux|abonnement)\s+(?:du\s+|au\s+|de\s+l['’]\s*|à\s+l['’]\s*)?(?:calendrier|agenda)|calendrier\s+(?:flux|abonnement)", "calendar feed"),
        (@"r[ée]voquer\s+(?:le\s+|les\s+|mon\s+|mes\s+)?(?:(?:flux|abonnements?)\s+(?:du\s+|au\s+|de\s+l['’]\s*)?)?(?:calendriers?|agendas?)|calendrier\s+r[ée]voquer|(?:se\s+)?d[ée]sabonner\s+(?:du\s+|de\s+l['’]\s*)?(?:calendrier|agenda)", "calendar revoke"),
        (@"suscribir(?:se)?\s+(?:al\s+)?calendario|suscripci[oó]n\s+(?:al\s+)?calendario|calendario\s+suscripci[oó]n", "calendar feed"),
        (@"revocar\s+(?:el\s+|los\s+|mi\s+|mis\s+)?(?:suscripci[oó]n(?:es)?\s+(?:al\s+|del\s+)?)?calendarios?|calendario\s+revocar|(?:cancelar|anular)\s+(?:la\s+|mi\s+)?suscripci[oó]n\s+(?:al\s+|del\s+)?calendario", "calendar revoke"),
        (@"(?:quel\s+est\s+le\s+)?statut(?:\s+(?:de|du|des|d'|d’))?", "status"),
        (@"(?:cu[aá]l\s+es\s+(?:el\s+)?)?(?:estado|situaci[oó]n)(?:\s+(?:de|del))?", "status"),
        (@"mes\s+inscriptions|mes\s+d[ée]marches", "mine"),
        (@"mis\s+registros|mis\s+gestiones", "mine"),
        (@"inscrire|pr[ée]inscrire", "register"),
        (@"registrar|inscribir", "register"),
        (@"d[ée]marches(?:\s+(?:pour|aupr[eè]s\s+de|de|du|des|d'|d’))?", "outreach"),
        (@"gestiones(?:\s+(?:ante|para|de|del))?", "outreach"),
        (@"r[ée]gions?|regi[oó]n(?:es)?", "region"),
        (@"abonner\s+(?:aux\s+)?alertes|s'abonner\s+(?:aux\s+)?alertes", "subscribe alerts"),
        (@"d[ée]sabonner\s+(?:des\s+)?alertes|se\s+d[ée]sabonner\s+(?:des\s+)?alertes", "unsubscribe alerts"),
        (@"suscribir(?:se)?\s+(?:a\s+)?(?:las\s+)?alertas", "subscribe alerts"),
        (@"(?:cancelar|anular)\s+(?:la\s+)?suscripci[oó]n\s+(?:a\s+)?(?:las\s+)?alertas", "unsubscribe alerts"),
        (@"annuler|cancelar|anular", "cancel"),
        (@"d[ée]placer|reprogrammer|mover|reprogramar", "move"),
        (@"termin[ée]e?|fait|realizada|hecho|terminada", "done"),
        (@"organisation|organizaci[oó]n", "organization"),
        (@"historique|historial", "history"),
        (@"champions|championnes|campeones|promotores|promotoras", "champions"),
        (@"cartes?|mapas?", "map"),
        (@"priorit[ée]s|prioridades", "priorities"),
        (@"priorit[ée]|prioridad", "priority"),
        (@"lacunes|brechas|lagunas", "gaps"),
        (@"synth[èe]se|bilan|r[ée]sum[ée]|resumen|balance", "summary"),
        (@"exporter|exportar", "export"),
        (@"intenci[oó]n", "intention"),
        (@"r[ôo]les", "roles"),
    ];

    /// <summary>"aide", "ayuda", "bonjour", "hola": the help card.</summary>
    public static bool IsHelp(string input) => HelpWords().IsMatch(input);

    /// <summary>The text with its leading French or Spanish command words put into English; unchanged otherwise.</summary>
    public static string ToEnglish(string input)
    {
        var m = AnyLeading.Match(input);
        if (!m.Success)
            return input;
        var english = Leading[GroupOf(m)].English;
        return m.Length == input.Length ? english : english + " " + input[m.Length..].TrimStart();
    }

    // Every command word in one pattern, each its own group, in the table's order: a regex tries the alternatives in
    // order, so the first phrase that matches wins as it did phrase by phrase, and an English command (most of them)
    // is turned down in one scan instead of thirty. The words come at the start (after a Spanish opening mark), then
    // the end, a space or a question mark (or an apostrophe already eaten: "statut d'Haïti").
    private static readonly Regex AnyLeading = new(
        $@"^(?:[¿¡]\s*)?(?:{string.Join("|", Leading.Select((l, i) => $"(?<w{i}>{l.Words})"))})(?=$|[\s?？!.]|(?<=['’]))\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static int GroupOf(Match match)
    {
        for (var i = 0; i < Leading.Length; i++)
            if (match.Groups[$"w{i}"].Success)
                return i;
        throw new InvalidOperationException("A command word matched without its group.");
    }

    [GeneratedRegex(@"^(aide|ayuda|bonjour|salut|hola|buenos\s+d[ií]as|buenas|que\s+sais-tu\s+faire|qu[ée]\s+puedes\s+hacer)[.!?¿¡ ]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpWords();
}
