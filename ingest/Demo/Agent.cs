namespace Crm.Ingest.Demo;

internal sealed class Agent
{
    public required long Id { get; init; }
    public required string FullName { get; init; }
    public required string Email { get; init; }
    public required string Phone { get; init; }
    public required Department Department { get; init; }
    public required string Role { get; init; }
    public required DateOnly HireDate { get; set; }
    public required decimal BaseSalary { get; init; }
    public required decimal CommissionRate { get; init; }

    /// <summary>Multiplies the chance of winning a deal: the spread the agent reports must show.</summary>
    public required double Skill { get; init; }

    public Agent? Manager { get; set; }
    public DateOnly? LeaveDate { get; set; }
    public bool OnLeave { get; set; }

    /// <summary>Who took over this agent's customers on the leave date (same department).</summary>
    public Agent? Receiver { get; set; }

    public string ExternalId => $"AG-{Id:D4}";
    public string Status => LeaveDate is not null ? "left" : OnLeave ? "on_leave" : "active";
    public bool OwnsCustomers => Role is "agent" or "department_head";
    public DateTime HiredAt => DemoCalendar.Utc(HireDate, 9);

    /// <summary>The start of the leave day: from then on the receiver owns the portfolio.</summary>
    public DateTime? LeftAt => LeaveDate is { } d ? DemoCalendar.Utc(d, 0) : null;

    public bool IsActiveAt(DateTime t) => t >= HiredAt && (LeftAt is not { } left || t < left);
}
