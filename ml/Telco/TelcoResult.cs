using Crm.Ml.Training;

namespace Crm.Ml.Telco;

public sealed record TelcoResult(ChurnModel Model, BinaryMetrics HoldOut);
