namespace Crm.Ml.CrossSell;

/// <summary>
/// "Customers who bought <see cref="First"/> went on to buy <see cref="Then"/>": <see cref="Support"/> is the share of
/// all customers who did, <see cref="Confidence"/> the share of <see cref="First"/>'s buyers who did, and
/// <see cref="Lift"/> how many times likelier that is than buying <see cref="Then"/> at all.
/// </summary>
public sealed record AssociationRule(long First, long Then, int Customers, double Support, double Confidence, double Lift);
