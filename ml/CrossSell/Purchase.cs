namespace Crm.Ml.CrossSell;

/// <summary>A product in a customer's history: when it was first bought, and on how many sale lines in all.</summary>
public sealed record Purchase(DateTime FirstAt, long Lines);
