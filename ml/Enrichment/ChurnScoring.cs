using Crm.Ml.Churn;
using Crm.Ml.Training;
using DuckDB.NET.Data;

namespace Crm.Ml.Enrichment;

/// <summary>Today's features of every buying, not lost customer, scored and explained (in hy, en and ru) into fct_churn_score.</summary>
public static class ChurnScoring
{
    public static long Write(DuckDBConnection duck, ChurnModel model, DateTime asOfUtc, ChurnOptions options, CancellationToken ct)
    {
        var today = ChurnFeatureQuery.Read(duck, asOfUtc, options.HorizonDays, ct);
        var probabilities = model.Probabilities(today);
        var reasons = model.Explain(today, probabilities, top: 3);
        int At(string name) => today.IndexOf(name);
        var (sale, contact, revenue) = (At("days_since_last_sale"), At("days_since_last_contact"), At("revenue_365d"));
        using (var clear = duck.CreateCommand())
        {
            clear.CommandText = "delete from fct_churn_score";
            clear.ExecuteNonQuery();
        }
        using var appender = duck.CreateAppender("fct_churn_score");
        var scoredAt = DateTime.SpecifyKind(asOfUtc, DateTimeKind.Unspecified);
        for (var i = 0; i < today.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var row = today.Rows[i];
            var said = reasons[i].Select(e => ChurnReasons.Say(e.Feature, name => row.Values[today.IndexOf(name)])).ToList();
            var p = probabilities[i];
            appender.CreateRow()
                .AppendValue(row.Id)
                .AppendValue(p)
                .AppendValue(p >= options.HighRisk ? "high" : p >= options.MediumRisk ? "medium" : "low")
                .AppendValue(said.ElementAtOrDefault(0)?.Hy).AppendValue(said.ElementAtOrDefault(0)?.En).AppendValue(said.ElementAtOrDefault(0)?.Ru)
                .AppendValue(said.ElementAtOrDefault(1)?.Hy).AppendValue(said.ElementAtOrDefault(1)?.En).AppendValue(said.ElementAtOrDefault(1)?.Ru)
                .AppendValue(said.ElementAtOrDefault(2)?.Hy).AppendValue(said.ElementAtOrDefault(2)?.En).AppendValue(said.ElementAtOrDefault(2)?.Ru)
                .AppendValue(sale < 0 ? null : (int?)row.Values[sale])
                .AppendValue(contact < 0 ? null : (int?)row.Values[contact])
                .AppendValue(revenue < 0 ? null : (decimal?)Math.Round((decimal)row.Values[revenue], 2))
                .AppendValue(model.Manifest.Version)
                .AppendValue(model.Manifest.Trainer.ToString())
                .AppendValue((int?)options.HorizonDays)
                .AppendValue((DateTime?)scoredAt)
                .AppendValue((DateOnly?)DateOnly.FromDateTime(asOfUtc))
                .EndRow();
        }
        return today.Count;
    }
}
