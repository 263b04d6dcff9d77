using System.Globalization;

namespace Crm.ReportingApi.Cli;

/// <summary>`crm handover AGENT --to AGENT | --spread [--date YYYY-MM-DD]`; the other options are the common ones.</summary>
public sealed record HandoverArguments(string Agent, string? To, DateOnly? Date)
{
    /// <returns>Null with <paramref name="error"/> set when the arguments do not make a handover.</returns>
    public static HandoverArguments? Parse(string[] options, out string? error)
    {
        string? agent = null, to = null;
        DateOnly? date = null;
        var spread = false;
        error = null;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--to" when i + 1 < options.Length: to = options[++i]; break;
                case "--spread": spread = true; break;
                case "--date" when i + 1 < options.Length:
                    if (!DateOnly.TryParseExact(options[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        error = $"--date wants YYYY-MM-DD, not '{options[i]}'";
                    date = d;
                    break;
                case var o when o.StartsWith('-'): i++; break; // a common option and its value
                case var o when agent is null: agent = o; break;
                default: error = $"unexpected argument '{options[i]}'"; break;
            }
        }
        error ??= agent is null ? "name the agent who leaves (id, external id or e-mail)"
            : (to is null) == !spread ? "say where the portfolio goes: --to AGENT or --spread"
            : null;
        return error is null ? new HandoverArguments(agent!, to, date) : null;
    }
}
