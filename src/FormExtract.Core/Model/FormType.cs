using System.Text.Json.Serialization;

namespace FormExtract.Core.Model;

/// <summary>What a form evaluates: one project's spending (项目支出) or a department's whole budget (部门整体支出).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FormType>))]
public enum FormType
{
    [JsonStringEnumMemberName("project")]
    Project,
    [JsonStringEnumMemberName("department")]
    Department,
}
