using FormExtract.Core.Normalization;
namespace FormExtract.Core.Template;

/// <summary>
/// Resolves a description and its parents into a <see cref="FormTemplate"/>: word lists under one key are
/// merged (the child's words first), every other member is the nearest description's that states it.
/// </summary>
internal static class TemplateResolver
{
    public static FormTemplate Resolve(TemplateDescription description, IReadOnlyDictionary<string, TemplateDescription> all)
    {
        var chain = Chain(description, all);
        T? Nearest<T>(Func<TemplateDescription, T?> member)
            where T : class => chain.Select(member).FirstOrDefault(v => v is not null);
        T? NearestValue<T>(Func<TemplateDescription, T?> member)
            where T : struct => chain.Select(member).FirstOrDefault(v => v is not null);
        WordList Words(Func<TemplateDescription, Dictionary<string, List<string>>?> section, string key) =>
            new(chain.SelectMany(d => section(d)?.GetValueOrDefault(key) ?? []));
        RoleWords<TRole> Roles<TRole>(Func<TemplateDescription, Dictionary<string, List<string>>?> section)
            where TRole : struct, Enum
        {
            foreach (var key in chain.SelectMany(d => section(d)?.Keys ?? Enumerable.Empty<string>()))
            {
                _ = ParseRole<TRole>(key, description.Id);
            }

            return new(Enum.GetValues<TRole>().Select(role => (role, Words(section, Camel(role.ToString())))));
        }

        var groups = Nearest(d => d.Indicators?.Groups) ?? [];
        var grades = Nearest(d => d.Grades) ?? [];
        return new FormTemplate
        {
            Id = description.Id,
            Name = Nearest(d => d.Name) ?? description.Id,
            FormType = Nearest(d => d.FormType) is "department" ? Model.FormType.Department : Model.FormType.Project,
            FullySupported = Nearest(d => d.Support) is not "partial",
            Unsupported = Nearest(d => d.Unsupported),
            Titles = new WordList(description.Titles ?? []),
            Signature = new WordList(description.Signature ?? []),
            DepartmentTitles = new WordList(chain.SelectMany(d => d.DepartmentTitles ?? [])),
            Header = Roles<HeaderField>(d => d.Header),
            Blocks = Roles<FormBlock>(d => d.Blocks),
            FundingColumns = Roles<FundingColumn>(d => d.Funding?.Columns),
            FundingOrder = Order<FundingColumn>(Nearest(d => d.Funding?.Order), description.Id),
            FundingRows = Roles<FundingSlot>(d => d.Funding?.Rows),
            FundingFields = Roles<FundingColumn>(d => d.Funding?.Fields),
            FundingWeight = NearestValue(d => d.Funding?.Weight) ?? 10m,
            ExtraRowsAddUp = NearestValue(d => d.Funding?.ExtraRowsAddUp) ?? false,
            RateBase = ParseRole<FundingColumn>(Nearest(d => d.Funding?.RateBase) ?? "adjustedBudget", description.Id),
            GoalsExpected = Words(d => d.Goals, "expected"),
            GoalsAchieved = Words(d => d.Goals, "achieved"),
            IndicatorColumns = Roles<IndicatorColumn>(d => d.Indicators?.Columns),
            IndicatorOrder = Order<IndicatorColumn>(Nearest(d => d.Indicators?.Order), description.Id),
            Categories = new CategoryVocabulary(groups.Select(g => new CategoryGroup(
                g.Spellings, g.Weight, g.SubCategories.Select(s => new SubCategory(s.Spellings, s.Keywords)).ToArray())).ToArray()),
            WeightSplit = NearestValue(d => d.Indicators?.WeightSplit) ?? false,
            SubRowPrefixes = (Nearest(d => d.Indicators?.SubRowPrefixes) ?? []).Select(LabelKey.Of).ToArray(),
            TotalWeight = NearestValue(d => d.Total?.Weight) ?? 100m,
            Grades = grades.Select(g => (g.Grade, g.AtLeast ?? decimal.MinValue)).ToArray(),
            CauseMarkers = Nearest(d => d.CauseMarkers) ?? [],
            NoValueMarks = Nearest(d => d.NoValueMarks) ?? [],
            UnitLabels = (Nearest(d => d.UnitLabels) ?? []).Select(LabelKey.Of).ToArray(),
            MeasureUnits = Nearest(d => d.MeasureUnits) ?? [],
        };
    }

    /// <summary>The description first, then its parent, and so on.</summary>
    private static List<TemplateDescription> Chain(TemplateDescription description, IReadOnlyDictionary<string, TemplateDescription> all)
    {
        var chain = new List<TemplateDescription> { description };
        for (var current = description; current.Extends is { } parent;)
        {
            if (!all.TryGetValue(parent, out var next))
            {
                throw new InvalidDataException($"Layout '{current.Id}' extends '{parent}', which is not described.");
            }

            if (chain.Contains(next))
            {
                throw new InvalidDataException($"Layout '{description.Id}' extends itself through '{parent}'.");
            }

            chain.Add(next);
            current = next;
        }

        return chain;
    }

    private static TRole[] Order<TRole>(IReadOnlyList<string>? order, string id)
        where TRole : struct, Enum =>
        (order ?? []).Select(o => ParseRole<TRole>(o, id)).ToArray();

    private static TRole ParseRole<TRole>(string name, string id)
        where TRole : struct, Enum =>
        Enum.TryParse<TRole>(name, ignoreCase: true, out var role) && !int.TryParse(name, out _)
            ? role
            : throw new InvalidDataException($"Layout '{id}': '{name}' is not one of {string.Join(", ", Enum.GetNames<TRole>().Select(Camel))}.");

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
