namespace FormExtract.Synthetic.Generation;

/// <summary>How the 年度总体目标 texts are written.</summary>
public enum GoalStyle
{
    /// <summary>Numbered parts, the achieved text opening with the budget's figures: as the fixtures have always been drawn.</summary>
    Numbered,

    /// <summary>
    /// As forms across the provinces write them: a single sentence, sentences run on without numbers or figures,
    /// or long texts of many parts, numbered or not (<see cref="GoalWriter"/>).
    /// </summary>
    Varied,
}
