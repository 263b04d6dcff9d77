using Microsoft.ML;
using Microsoft.ML.Data;

namespace Crm.Ml.Training;

/// <summary>A row as ML.NET reads it: the label and one vector of every feature.</summary>
internal sealed class ModelInput
{
    public bool Label { get; set; }
    public float[] Features { get; set; } = [];

    /// <summary>The table as a data view; the vector's width is the table's, known only at run time.</summary>
    public static IDataView View(MLContext ml, FeatureTable table) => View(ml, table.Names.Count, table.Rows);

    /// <summary>Rows read as the view is read: a stream of generated rows never sits in memory whole.</summary>
    public static IDataView View(MLContext ml, int width, IEnumerable<FeatureRow> rows)
    {
        var schema = SchemaDefinition.Create(typeof(ModelInput));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return ml.Data.LoadFromEnumerable(rows.Select(r => new ModelInput { Label = r.Label, Features = r.Values }), schema);
    }

    /// <summary>The model's raw score (a margin, not yet a probability) of each row, in the table's order.</summary>
    public static float[] Scores(MLContext ml, ITransformer model, FeatureTable table) =>
        model.Transform(View(ml, table)).GetColumn<float>("Score").ToArray();
}
