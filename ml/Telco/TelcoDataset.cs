using System.Globalization;
using Crm.Ml.Training;

namespace Crm.Ml.Telco;

/// <summary>
/// IBM's Telco customer churn table (7,043 customers, 21 columns) as features: yes/no columns as 0/1, categorical
/// columns one-hot, tenure also in buckets, and a few ratios (average monthly charge over the tenure, its change to
/// today's charge, the number of services). TotalCharges is blank for the eleven customers of tenure 0; they have
/// paid nothing yet, so it is 0.
/// </summary>
public static class TelcoDataset
{
    private static readonly string[] YesNo = ["Partner", "Dependents", "PhoneService", "PaperlessBilling"];

    private static readonly (string Column, string[] Values)[] Categorical =
    [
        ("MultipleLines", ["No", "Yes", "No phone service"]),
        ("InternetService", ["DSL", "Fiber optic", "No"]),
        ("OnlineSecurity", ["No", "Yes", "No internet service"]),
        ("OnlineBackup", ["No", "Yes", "No internet service"]),
        ("DeviceProtection", ["No", "Yes", "No internet service"]),
        ("TechSupport", ["No", "Yes", "No internet service"]),
        ("StreamingTV", ["No", "Yes", "No internet service"]),
        ("StreamingMovies", ["No", "Yes", "No internet service"]),
        ("Contract", ["Month-to-month", "One year", "Two year"]),
        ("PaymentMethod", ["Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"]),
    ];

    private static readonly int[] TenureBuckets = [6, 12, 24, 48];

    public static FeatureTable Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"the Telco churn table is not at {path}", path);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
            : throw new TrainingFailedException(TrainingFailure.MissingFeature, $"{Path.GetFileName(path)} has no column '{name}'");

        var names = new List<string> { "senior", "male", "tenure", "monthly_charges", "total_charges" };
        names.AddRange(YesNo.Select(c => c.ToLowerInvariant()));
        foreach (var (column, values) in Categorical) names.AddRange(values.Select(v => $"{column}={v}"));
        names.AddRange(TenureBuckets.Select(b => $"tenure_under_{b}"));
        names.AddRange(["average_charge", "charge_change", "services"]);

        var rows = new List<FeatureRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = lines[i].Split(',');
            if (cells.Length != header.Length)
                throw new FormatException($"line {i + 1} of {Path.GetFileName(path)} has {cells.Length} cells, not {header.Length}");
            string Cell(string name) => cells[Col(name)].Trim();
            var tenure = float.Parse(Cell("tenure"), CultureInfo.InvariantCulture);
            var monthly = float.Parse(Cell("MonthlyCharges"), CultureInfo.InvariantCulture);
            var total = Cell("TotalCharges") is { Length: > 0 } t ? float.Parse(t, CultureInfo.InvariantCulture) : 0f;
            var values = new List<float> { float.Parse(Cell("SeniorCitizen"), CultureInfo.InvariantCulture), Cell("gender") == "Male" ? 1 : 0, tenure, monthly, total };
            values.AddRange(YesNo.Select(c => Cell(c) == "Yes" ? 1f : 0f));
            foreach (var (column, options) in Categorical)
            {
                var value = Cell(column);
                if (!options.Contains(value)) throw new FormatException($"line {i + 1}: {column} is '{value}', none of {string.Join(", ", options)}");
                values.AddRange(options.Select(o => o == value ? 1f : 0f));
            }
            values.AddRange(TenureBuckets.Select(b => tenure < b ? 1f : 0f));
            var average = tenure > 0 ? total / tenure : monthly;
            values.Add(average);
            values.Add(monthly - average);
            values.Add(Categorical.Take(8).Count(c => Cell(c.Column) == "Yes") + (Cell("PhoneService") == "Yes" ? 1 : 0));
            rows.Add(new FeatureRow(i, values.ToArray(), Cell("Churn") == "Yes"));
        }
        return new FeatureTable(names, rows);
    }
}
