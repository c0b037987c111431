using AttBot.Domain.Priorities;

namespace AttBot.Domain.Language;

/// <summary>
/// The words of the priorities, declared intentions and gaps in English, French and Spanish: the step approach's
/// tiers, the horizon a card looked at, and the confidentiality line every such card carries. For the Secretariat and
/// the regional champions (« champions régionaux », «promotores regionales») only.
/// </summary>
public static class PrioritySentences
{
    private const char Nbsp = '\u00A0';

    /// <summary>The scope of a listing when no region is named: everything the Secretariat sees, or a champion's regions.</summary>
    public const string AllStates = "All states", YourRegions = "Your regions";

    /// <summary>The scope in the reader's language: "All states", "Your regions", or a region's name.</summary>
    public static string Scope(string scope, Language language) => (scope, language) switch
    {
        (AllStates, Language.French) => "Tous les États",
        (AllStates, Language.Spanish) => "Todos los Estados",
        (YourRegions, Language.French) => "Vos régions",
        (YourRegions, Language.Spanish) => "Sus regiones",
        _ => PlaceNames.Region(scope, language),
    };

    public static string Tier(PriorityTier tier, Language language) => (tier, language) switch
    {
        (PriorityTier.SignatoryJoiningSoon, Language.French) => "Niveau 1 · signataire susceptible de devenir partie prochainement",
        (PriorityTier.SignatoryJoiningSoon, Language.Spanish) => "Nivel 1 · signatario que probablemente llegue a ser parte pronto",
        (PriorityTier.SignatoryJoiningSoon, _) => "Tier 1 · signatory likely to join soon",
        (PriorityTier.SignatoryComingYears, Language.French) => "Niveau 2 · signataire susceptible de devenir partie dans les prochaines années",
        (PriorityTier.SignatoryComingYears, Language.Spanish) => "Nivel 2 · signatario que probablemente llegue a ser parte en los próximos años",
        (PriorityTier.SignatoryComingYears, _) => "Tier 2 · signatory likely to join in the coming years",
        (PriorityTier.InclinedToJoin, Language.French) => "Niveau 3 · disposé à devenir partie",
        (PriorityTier.InclinedToJoin, Language.Spanish) => "Nivel 3 · dispuesto a llegar a ser parte",
        (PriorityTier.InclinedToJoin, _) => "Tier 3 · inclined to join",
        (_, Language.French) => "Niveau 4 · tous les autres",
        (_, Language.Spanish) => "Nivel 4 · todos los demás",
        _ => "Tier 4 · all others",
    };

    /// <summary>"tier 2" in a gap's line.</summary>
    public static string TierNumber(PriorityTier tier, Language language) => language switch
    {
        Language.French => $"niveau {(int)tier}",
        Language.Spanish => $"nivel {(int)tier}",
        _ => $"tier {(int)tier}",
    };

    /// <summary>
    /// A priority state's planned outreach within the horizon the card looked at: "nothing planned" says which days it
    /// means, since a state with nothing in the next 90 days may well have a visit planned the month after.
    /// </summary>
    public static string PlannedWithin(int planned, int days, Language language) => (planned, language) switch
    {
        (0, Language.French) => $"⚠ aucune démarche prévue dans les {days} prochains jours",
        (0, Language.Spanish) => $"⚠ ninguna gestión prevista en los próximos {days} días",
        (0, _) => $"⚠ nothing planned in the next {days} days",
        (_, Language.French) => $"{planned} {(planned == 1 ? "démarche prévue" : "démarches prévues")} dans les {days} prochains jours",
        (_, Language.Spanish) => $"{planned} {(planned == 1 ? "gestión prevista" : "gestiones previstas")} en los próximos {days} días",
        _ => $"{planned} planned in the next {days} days",
    };

    /// <summary>" · said 3 March 2026: we expect to ratify this year…" after a state's name; nothing when it has said nothing.</summary>
    public static string Said(DateOnly? declaredOn, string? statement, Language language)
    {
        if (declaredOn is not { } on || statement is null)
            return "";
        var what = statement.Length <= 80 ? statement : statement[..80] + "…";
        return language switch
        {
            Language.French => $" · a déclaré le {Formats.Date(on, language)}{Nbsp}: {what}",
            Language.Spanish => $" · declaró el {Formats.Date(on, language)}: {what}",
            _ => $" · said {Formats.Date(on, language)}: {what}",
        };
    }

    /// <summary>The gaps card's line when there is none.</summary>
    public static string NoGaps(int days, Language language) => language switch
    {
        Language.French => $"Aucune{Nbsp}: chaque État des niveaux 1 à 3 de cette liste a une démarche prévue dans les {days} prochains jours.",
        Language.Spanish => $"Ninguna: cada Estado de los niveles 1 a 3 de esta lista tiene una gestión prevista en los próximos {days} días.",
        _ => $"None: every tier 1 to 3 state here has outreach planned in the next {days} days.",
    };

    public static string Confidential(Language language) => language switch
    {
        Language.French => $"Confidentiel{Nbsp}: réservé au Secrétariat du TCA et aux champions régionaux. Ne pas diffuser.",
        Language.Spanish => "Confidencial: solo para la Secretaría del TCA y los promotores regionales. No difundir.",
        _ => "Confidential: for the ATT Secretariat and regional champions. Do not share.",
    };

    /// <summary>A state's priorities card heading: "Angola: priorities".</summary>
    public static string StateHeading(string state, Language language) => language switch
    {
        Language.French => $"{state}{Nbsp}: priorités",
        Language.Spanish => $"{state}: prioridades",
        _ => $"{state}: priorities",
    };

    public static string PriorityLabel(Language language) => language switch
    {
        Language.French => "Priorité",
        Language.Spanish => "Prioridad",
        _ => "Priority",
    };

    public static string DeclaredIntentions(Language language) => language switch
    {
        Language.French => "Intentions déclarées",
        Language.Spanish => "Intenciones declaradas",
        _ => "Declared intentions",
    };

    /// <summary>No declared intention yet, and how to record one (Markdown; the command stays English, as the bot reads it).</summary>
    public static string NoIntentions(string state, Language language) => language switch
    {
        Language.French => $"Aucune n’est enregistrée. Pour en ajouter une{Nbsp}: **intention {state}** *date* **at** *lieu*: *ce qui a été dit*.",
        Language.Spanish => $"No hay ninguna registrada. Para añadir una: **intention {state}** *fecha* **at** *lugar*: *lo que se dijo*.",
        _ => $"None recorded. Add one with **intention {state}** *date* **at** *where*: *what was said*.",
    };

    /// <summary>The card's summary: "Angola: Tier 1 · …. 2 declared intentions."</summary>
    public static string StateSummary(string state, PriorityTier tier, int intentions, Language language) => language switch
    {
        Language.French => $"{state}{Nbsp}: {Tier(tier, language)}. {intentions} {(intentions <= 1 ? "intention déclarée" : "intentions déclarées")}.",
        Language.Spanish => $"{state}: {Tier(tier, language)}. {intentions} {(intentions == 1 ? "intención declarada" : "intenciones declaradas")}.",
        _ => $"{state}: {Tier(tier, language)}. {intentions} declared intentions.",
    };

    /// <summary>"Priorities: Oceania".</summary>
    public static string ListingHeading(string scope, Language language) => language switch
    {
        Language.French => $"Priorités{Nbsp}: {Scope(scope, language)}",
        Language.Spanish => $"Prioridades: {Scope(scope, language)}",
        _ => $"Priorities: {scope}",
    };

    /// <summary>No state of the scope is placed in tiers 1 to 3 (Markdown).</summary>
    public static string NoneRanked(Language language) => language switch
    {
        Language.French => "Aucun État de cette liste n’est encore aux niveaux 1 à 3. Pour en classer un" +
            $"{Nbsp}: **priority** *État* *niveau*, par exemple **priority Angola 1**.",
        Language.Spanish => "Ningún Estado de esta lista está aún en los niveles 1 a 3. Para clasificar uno: " +
            "**priority** *Estado* *nivel*, por ejemplo **priority Angola 1**.",
        _ => "No state here is in tiers 1 to 3 yet. Set one with **priority** *state* *tier*, e.g. **priority Angola 1**.",
    };

    /// <summary>"12 other non-parties are in tier 4 (all others)."</summary>
    public static string OthersInTier4(int count, Language language) => language switch
    {
        Language.French => $"{Formats.Number(count, language)} {(count <= 1 ? "autre État non partie est" : "autres États non parties sont")} au niveau 4 (tous les autres).",
        Language.Spanish => $"{Formats.Number(count, language)} {(count == 1 ? "otro Estado que no es parte está" : "otros Estados que no son partes están")} en el nivel 4 (todos los demás).",
        _ => $"{Formats.Number(count, language)} other non-parties are in tier 4 (all others).",
    };

    /// <summary>The listing's summary: "Priorities, Oceania: 4 states in tiers 1 to 3."</summary>
    public static string ListingSummary(string scope, int states, Language language) => language switch
    {
        Language.French => $"Priorités, {Scope(scope, language)}{Nbsp}: {states} {(states <= 1 ? "État" : "États")} aux niveaux 1 à 3.",
        Language.Spanish => $"Prioridades, {Scope(scope, language)}: {states} {(states == 1 ? "Estado" : "Estados")} en los niveles 1 a 3.",
        _ => $"Priorities, {scope}: {states} states in tiers 1 to 3.",
    };

    /// <summary>"Gaps: Oceania".</summary>
    public static string GapsHeading(string scope, Language language) => language switch
    {
        Language.French => $"Lacunes{Nbsp}: {Scope(scope, language)}",
        Language.Spanish => $"Brechas: {Scope(scope, language)}",
        _ => $"Gaps: {scope}",
    };

    /// <summary>What the gaps card lists: the horizon sentence.</summary>
    public static string GapsHorizon(int days, Language language) => language switch
    {
        Language.French => $"États des niveaux 1 à 3 sans démarche prévue dans les {days} prochains jours.",
        Language.Spanish => $"Estados de los niveles 1 a 3 sin gestiones previstas en los próximos {days} días.",
        _ => $"Tier 1 to 3 states with no outreach planned in the next {days} days.",
    };

    /// <summary>The gaps card's summary.</summary>
    public static string GapsSummary(string scope, int gaps, int days, Language language) => language switch
    {
        Language.French => $"Lacunes, {Scope(scope, language)}{Nbsp}: {gaps} {(gaps <= 1 ? "État prioritaire" : "États prioritaires")} sans démarche prévue dans les {days} jours.",
        Language.Spanish => $"Brechas, {Scope(scope, language)}: {gaps} {(gaps == 1 ? "Estado prioritario" : "Estados prioritarios")} sin gestiones previstas en {days} días.",
        _ => $"Gaps, {scope}: {gaps} priority states with no outreach planned in {days} days.",
    };

    /// <summary>A gap's button: the form opens with <paramref name="state"/> picked.</summary>
    public static string RegisterOutreachTo(string state, Language language) => language switch
    {
        Language.French => $"Inscrire une démarche auprès de {state}",
        Language.Spanish => $"Registrar una gestión ante {state}",
        _ => $"Register outreach to {state}",
    };

    public static string RegisterOutreach(Language language) => language switch
    {
        Language.French => "Inscrire une démarche",
        Language.Spanish => "Registrar una gestión",
        _ => "Register outreach",
    };

    public static string NotATier(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas un niveau{Nbsp}: indiquez 1 (signataire susceptible de devenir partie prochainement), 2 (signataire, prochaines années), 3 (disposé à devenir partie) ou 4 (tous les autres).",
        Language.Spanish => $"«{typed}» no es un nivel: indique 1 (signatario que probablemente llegue a ser parte pronto), 2 (signatario, próximos años), 3 (dispuesto a llegar a ser parte) o 4 (todos los demás).",
        _ => $"“{typed}” is not a tier: use 1 (signatory likely to join soon), 2 (signatory, coming years), 3 (inclined to join) or 4 (all others).",
    };

    /// <summary>The confirmation of "priority Thailand 2": "Thailand is now in tier 2."</summary>
    public static string InTier(string state, PriorityTier tier, bool already, Language language) => (already, language) switch
    {
        (true, Language.French) => $"{state} était déjà au niveau {(int)tier}.",
        (false, Language.French) => $"{state} est désormais au niveau {(int)tier}.",
        (true, Language.Spanish) => $"{state} ya estaba en el nivel {(int)tier}.",
        (false, Language.Spanish) => $"{state} está ahora en el nivel {(int)tier}.",
        (true, _) => $"{state} was already in tier {(int)tier}.",
        _ => $"{state} is now in tier {(int)tier}.",
    };

    public static string PartyNeedsNoTier(string state, Language language) => language switch
    {
        Language.French => $"{state} est déjà État partie{Nbsp}: aucun niveau ne lui est nécessaire.",
        Language.Spanish => $"{state} ya es Estado parte: no necesita nivel.",
        _ => $"{state} is already a State Party: it needs no tier.",
    };

    public static string TiersForSignatories(string state, Language language) => language switch
    {
        Language.French => $"Les niveaux 1 et 2 sont réservés aux Signataires, et {state} n’a pas signé. Indiquez le niveau 3 (disposé à devenir partie) ou 4.",
        Language.Spanish => $"Los niveles 1 y 2 son para los Signatarios, y {state} no ha firmado. Indique el nivel 3 (dispuesto a llegar a ser parte) o el 4.",
        _ => $"Tiers 1 and 2 are for signatories, and {state} has not signed. Use tier 3 (inclined to join) or 4.",
    };

    public static string UnreadableDate(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas une date que je sais lire{Nbsp}: écrivez-la 2025-08-25.",
        Language.Spanish => $"«{typed}» no es una fecha que sepa leer: escríbala 2025-08-25.",
        _ => $"“{typed}” is not a date I can read: write it as 2025-08-25.",
    };

    public static string DeclaredInFuture(DateOnly date, Language language) => language switch
    {
        Language.French => $"Le {Formats.Date(date, language)} est dans le futur{Nbsp}: enregistrez une intention une fois qu’elle a été exprimée.",
        Language.Spanish => $"El {Formats.Date(date, language)} es una fecha futura: registre una intención una vez que se haya expresado.",
        _ => $"{Formats.Date(date, language)} is in the future: record an intention once it has been expressed.",
    };

    /// <summary>The limits of an intention's "where it was said" and statement.</summary>
    public static string KeepShort(int whereMax, int statementMax, Language language) => language switch
    {
        Language.French => $"Veuillez limiter le lieu où elle a été exprimée à {whereMax} caractères et la déclaration à {statementMax}.",
        Language.Spanish => $"Limite el lugar donde se expresó a {whereMax} caracteres y la declaración a {statementMax}.",
        _ => $"Please keep where it was said under {whereMax} characters and the statement under {statementMax}.",
    };

    public static string AlreadyParty(string state, Language language) => language switch
    {
        Language.French => $"{state} est déjà État partie.",
        Language.Spanish => $"{state} ya es Estado parte.",
        _ => $"{state} is already a State Party.",
    };

    /// <summary>An intention recorded: "Recorded: Thailand, 25 August 2025, UNGA First Committee."</summary>
    public static string Recorded(string state, DateOnly declaredOn, string where, Language language) => language switch
    {
        Language.French => $"Enregistré{Nbsp}: {state}, {Formats.Date(declaredOn, language)}, {where}.",
        Language.Spanish => $"Registrado: {state}, {Formats.Date(declaredOn, language)}, {where}.",
        _ => $"Recorded: {state}, {Formats.Date(declaredOn, language)}, {where}.",
    };

    public static string LookBetween(int max, Language language) => language switch
    {
        Language.French => $"Indiquez un horizon de 1 à {max} jours.",
        Language.Spanish => $"Indique un horizonte de 1 a {max} días.",
        _ => $"Look between 1 and {max} days ahead.",
    };

    /// <summary>A state or region a champion asked about outside their own regions.</summary>
    public static string OutsideYourRegions(string place, Language language) => language switch
    {
        Language.French => $"{place} est en dehors des régions dont vous êtes champion régional.",
        Language.Spanish => $"{place} está fuera de las regiones de las que es promotor regional.",
        _ => $"{place} is outside the regions you champion.",
    };
}
