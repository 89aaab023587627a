using System.Globalization;
using System.Text.Json;
using FormExtract.Archive.Query;
using FormExtract.Archive.Storage;

namespace FormExtract.Archive.Tests.Support;

/// <summary>Reads an archive back through a read-only connection, the same way for SQLite and PostgreSQL.</summary>
internal static class ArchiveProbe
{
    public static async Task<QueryResult> QueryAsync(string archive, string sql)
    {
        await using var store = await Archives.OpenReadOnlyAsync(ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None);
        return await store.QueryAsync(sql, CancellationToken.None);
    }

    public static async Task<long> CountAsync(string archive, string sql)
    {
        var result = await QueryAsync(archive, sql);
        return long.Parse(result.Rows[0][0]!, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Every document's rows against its own JSON: as many forms, funding rows (extra rows included),
    /// indicators, findings, warnings and cells as the JSON holds. A half-written document fails this.
    /// </summary>
    public static async Task AssertRowsMatchJsonAsync(string archive)
    {
        var result = await QueryAsync(archive, """
            SELECT d.sha256, d.document_json,
              (SELECT COUNT(*) FROM forms x WHERE x.document_id = d.id),
              (SELECT COUNT(*) FROM funding_rows x WHERE x.document_id = d.id),
              (SELECT COUNT(*) FROM indicators x WHERE x.document_id = d.id),
              (SELECT COUNT(*) FROM findings x WHERE x.document_id = d.id),
              (SELECT COUNT(*) FROM warnings x WHERE x.document_id = d.id),
              (SELECT COUNT(*) FROM cells x WHERE x.document_id = d.id),
              d.form_count, d.finding_count, d.warning_count
            FROM documents d
            """);
        Assert.NotEmpty(result.Rows);
        foreach (var row in result.Rows)
        {
            using var json = JsonDocument.Parse(row[1]!);
            var root = json.RootElement;
            Assert.Equal(row[0], root.GetProperty("source").GetProperty("sha256").GetString());
            var forms = root.GetProperty("forms").EnumerateArray().ToArray();
            long[] expected =
            [
                forms.Length,
                forms.Sum(FundingRows),
                forms.Sum(f => f.GetProperty("indicators").GetArrayLength()),
                forms.Sum(f => f.GetProperty("findings").GetArrayLength()),
                root.GetProperty("warnings").GetArrayLength(),
                forms.Sum(Cells),
                forms.Length,
                forms.Sum(f => f.GetProperty("findings").GetArrayLength()),
                root.GetProperty("warnings").GetArrayLength(),
            ];
            var stored = row.Skip(2).Select(v => long.Parse(v!, CultureInfo.InvariantCulture)).ToArray();
            Assert.True(expected.SequenceEqual(stored), $"{row[0]}: rows {string.Join(",", stored)} but its JSON holds {string.Join(",", expected)}");
        }
    }

    private static int FundingRows(JsonElement form)
    {
        var funding = form.GetProperty("funding");
        var slots = new[] { "total", "fiscalAppropriation", "carryover", "other" }.Count(s => IsCell(funding, s));
        return slots + (funding.TryGetProperty("extraRows", out var extra) ? extra.GetArrayLength() : 0);
    }

    /// <summary>The cells the JSON holds, counted from the JSON alone.</summary>
    private static int Cells(JsonElement form)
    {
        var count = new[] { "projectName", "department", "implementingUnit", "totalWeight", "totalScore", "grade" }.Count(p => IsCell(form, p));
        var funding = form.GetProperty("funding");
        count += new[] { "weight", "executionRate", "score" }.Count(p => IsCell(funding, p));
        var rows = new[] { "total", "fiscalAppropriation", "carryover", "other" }.Where(s => IsCell(funding, s)).Select(s => funding.GetProperty(s));
        if (funding.TryGetProperty("extraRows", out var extra))
        {
            rows = rows.Concat(extra.EnumerateArray());
        }

        count += rows.Sum(r => new[] { "initialBudget", "adjustedBudget", "executed" }.Count(c => IsCell(r, c)));
        var goals = form.GetProperty("goals");
        count += new[] { "expected", "achieved" }.Count(p => IsCell(goals, p));
        count += form.GetProperty("indicators").EnumerateArray()
            .Sum(i => new[] { "name", "target", "actual", "weight", "score", "deviationReason" }.Count(p => IsCell(i, p)));
        return count;
    }

    private static bool IsCell(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object;
}
