namespace Crm.Ml.Training;

/// <summary>What a training is told about the model it makes, for the manifest.</summary>
public sealed record ModelInfo(string Model, string Version, DateTime DataFromUtc, DateTime DataToUtc, int HorizonDays);
