using FormExtract.Core.Confidence;
using Microsoft.ML.Data;

namespace FormExtract.Ml;

/// <summary>The data view schema of <see cref="CellRow"/>, its feature vector sized to <see cref="CellFeatures.Count"/>.</summary>
internal static class Schema
{
    public static SchemaDefinition Of() => Of(CellFeatures.Count);

    /// <summary>The schema of a model trained on the first <paramref name="size"/> features.</summary>
    public static SchemaDefinition Of(int size)
    {
        var schema = SchemaDefinition.Create(typeof(CellRow));
        schema[nameof(CellRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }
}
