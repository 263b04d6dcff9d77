namespace Crm.Ingest.Demo;

/// <param name="Quality">Multiplies the win chance of deals the campaign brings: campaigns must differ in conversion.</param>
internal sealed record Campaign(long Id, string Name, string Kind, string Channel, string Source, Department? Department,
    DateOnly StartsOn, DateOnly EndsOn, decimal Cost, double Quality)
{
    public string ExternalId => $"CM-{Id:D4}";
    public DateTime StartsAt => DemoCalendar.Utc(StartsOn, 10);
    public DateTime EndsAt => DemoCalendar.Utc(EndsOn, 18);
    public bool IsGathering => Kind is "event" or "exhibition" or "seminar";
}
