using FormExtract.Core.Confidence;
using Microsoft.ML.Data;

namespace FormExtract.Ml;

/// <summary>The data view schema of <see cref="CellRow"/>, its feature vector sized to <see cref="CellFeatures.Count"/>.</summary>
internal static class Schema
{
    public static SchemaDefinition Of()
    {
        var schema = SchemaDefinition.Create(typeof(CellRow));
        schema[nameof(CellRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CellFeatures.Count);
        return schema;
    }
}
