using System.Net;
using System.Text.RegularExpressions;
using AttBot.Data.Seed;
using AttBot.Domain.Treaty;

namespace AttBot.Data.Import;

/// <summary>
/// Reads the depositary's status table: the UN Treaty Collection page for XXVI-8 saved as HTML, or the same columns
/// as CSV (Participant, Signature, "Ratification, Acceptance(A), Approval(AA), Accession(a)", in any order, any
/// extra column such as provisional application ignored). Dates like "3 Jun 2013", kinds by the UNTC suffixes
/// (none or "r" ratification, "A" acceptance, "AA" approval, "a" accession), footnote markers stripped.
/// Rows that cannot be read are returned as problems with their line number; the rest are still read.
/// </summary>
public static partial class DepositaryTable
{
    /// <summary>HTML when it looks like HTML, CSV otherwise.</summary>
    public static (IReadOnlyList<DepositaryRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(string text) =>
        LooksLikeHtml(text) ? ReadHtml(text) : ReadCsv(text);

    /// <summary>The date of the page's "STATUS AS AT : 03-02-2026 10:16:18 EDT" line (day first), if it has one.</summary>
    public static DateOnly? StatusAsAt(string text) =>
        StatusAsAtLine().Match(text) is { Success: true } m
        && DateOnly.TryParseExact(m.Groups["date"].Value, "dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text);

    public static (IReadOnlyList<DepositaryRow> Rows, IReadOnlyList<ImportProblem> Problems) ReadCsv(string text)
    {
        var records = CsvReader.Read(new StringReader(text)).Where(r => r.Fields.Any(f => f.Trim().Length > 0)).ToList();
        if (records.Count == 0)
            return ([], [ImportProblem.Because(1, new ImportReason(RowReason.EmptyFile))]);
        return ReadRecords(records.Select(r => (r.Line, r.Fields)).ToList());
    }

    public static (IReadOnlyList<DepositaryRow> Rows, IReadOnlyList<ImportProblem> Problems) ReadHtml(string html)
    {
        // The participants' table is the one whose header names the participants; the page's layout tables nest around
        // it, so rows and cells are taken innermost-first and the table ends at the first </table> after its header.
        var rows = TableRow().Matches(html)
            .Select(tr => (tr.Index, Line: LineOf(html, tr.Index), Fields: Cell().Matches(tr.Value).Select(td => CellText(td.Groups["text"].Value)).ToArray()))
            .Where(r => r.Fields.Length > 0)
            .ToList();
        var header = rows.FindIndex(r => HeaderColumns(r.Fields) is not null);
        if (header < 0)
            return ([], [ImportProblem.Because(1, new ImportReason(RowReason.NoTable))]);
        var end = html.IndexOf("</table", rows[header].Index, StringComparison.OrdinalIgnoreCase);
        var table = rows.Skip(header).TakeWhile(r => end < 0 || r.Index < end).Select(r => (r.Line, r.Fields)).ToList();
        return ReadRecords(table);
    }

    private static (IReadOnlyList<DepositaryRow>, IReadOnlyList<ImportProblem>) ReadRecords(IReadOnlyList<(int Line, string[] Fields)> records)
    {
        var (headerLine, header) = records[0];
        if (HeaderColumns(header) is not var (participant, signature, consent))
            return ([], [ImportProblem.Because(headerLine, new ImportReason(RowReason.NoHeader))]);

        var rows = new List<DepositaryRow>();
        var problems = new List<ImportProblem>();
        foreach (var (line, fields) in records.Skip(1))
        {
            string Field(int i) => i < fields.Length ? Clean(fields[i]) : "";
            var name = StripFootnote(Field(participant));
            if (name.Length == 0)
            {
                problems.Add(ImportProblem.Because(line, new ImportReason(RowReason.EmptyName)));
                continue;
            }
            var signed = Field(signature);
            DateOnly? signatureDate = null;
            if (signed.Length > 0 && (signatureDate = TreatyDates.Parse(StripFootnote(signed))) is null)
            {
                problems.Add(ImportProblem.Because(line, new ImportReason(RowReason.UnreadableSignature, name, Typed: Short(signed))));
                continue;
            }
            var deposit = Field(consent);
            DateOnly? depositDate = null;
            ConsentKind? kind = null;
            if (deposit.Length > 0)
            {
                var m = DateWithSuffix().Match(StripFootnote(deposit));
                if (!m.Success || (depositDate = TreatyDates.Parse(m.Groups["date"].Value)) is null)
                {
                    problems.Add(ImportProblem.Because(line, new ImportReason(RowReason.UnreadableInstrument, name, Typed: Short(deposit))));
                    continue;
                }
                kind = m.Groups["kind"].Value switch
                {
                    "a" => ConsentKind.Accession,
                    "A" => ConsentKind.Acceptance,
                    "AA" => ConsentKind.Approval,
                    _ => ConsentKind.Ratification,
                };
            }
            rows.Add(new DepositaryRow(line, name, signatureDate, depositDate, kind));
        }
        return (rows, problems);
    }

    /// <summary>Where the three columns are, or null when the row is not the table's header.</summary>
    private static (int Participant, int Signature, int Consent)? HeaderColumns(string[] header)
    {
        var names = header.Select(h => Clean(h).ToLowerInvariant()).ToList();
        var participant = names.FindIndex(h => h.StartsWith("participant", StringComparison.Ordinal));
        var signature = names.FindIndex(h => h.StartsWith("signature", StringComparison.Ordinal));
        var consent = names.FindIndex(h => h.Contains("ratification", StringComparison.Ordinal) || h.Contains("accession", StringComparison.Ordinal));
        return participant < 0 || signature < 0 || consent < 0 ? null : (participant, signature, consent);
    }

    private static string CellText(string html)
    {
        var withoutNotes = Footnote().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(withoutNotes, " "));
    }

    private static string Clean(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>"Denmark 1", "Denmark1", "Denmark*" or "3 Jun 2013 2" → without the note marker.</summary>
    private static string StripFootnote(string text) => TrailingMarker().Replace(text, "").Trim();

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
            if (text[i] == '\n') line++;
        return line;
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"^\s*(<!DOCTYPE|<html|<table|<\?xml|<head|<body|<meta)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<tr\b(?:(?!<tr\b).)*?</tr>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<t[dh]\b[^>]*>(?<text>(?:(?!<t[dh]\b).)*?)</t[dh]>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<sup\b.*?</sup>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"STATUS\s+AS\s+AT\s*:\s*(?<date>\d{2}-\d{2}-\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex StatusAsAtLine();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A note marker after a name or date: digits after a letter ("Denmark1") or after a space, or asterisks.
    [GeneratedRegex(@"(?<=[\p{L})])\s*\d{1,2}$|(?<=\d{4})\s+\d{1,2}$|\s*\*+$")]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2}|.+?\d{4})\s*(?<kind>a|A|AA|r)?$")]
    private static partial Regex DateWithSuffix();
}
