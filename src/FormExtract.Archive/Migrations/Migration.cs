namespace FormExtract.Archive.Migrations;

/// <summary>One step of the archive's schema: <c>NNNN_name.sql</c>, applied once, in version order.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
