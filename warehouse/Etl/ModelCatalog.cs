using System.Reflection;
using System.Text.RegularExpressions;

namespace Crm.Warehouse.Etl;

/// <summary>
/// The embedded model and data-test files. Models are ordered by the names they mention, the way dbt's
/// ref() orders them, so a mart may read another mart without anyone keeping the order by hand.
/// </summary>
public static partial class ModelCatalog
{
    public static IReadOnlyList<Model> Models { get; } = OrderByDependencies(LoadModels());

    public static IReadOnlyList<(string Name, string Sql)> DataTests { get; } =
        Resources("data_tests/").Select(r => (r.Name, r.Sql)).ToList();

    private static List<Model> LoadModels()
    {
        var affected = Resources("incremental/").ToDictionary(r => r.Name, r => r.Sql);
        var models = Resources("models/")
            .Select(r => new Model(r.Name, r.Folder, r.Sql, affected.GetValueOrDefault(r.Name)))
            .ToList();
        foreach (var model in models.Where(m => m.IsIncremental && (m.UniqueKey is null || m.AffectedSql is null)))
            throw new InvalidOperationException(
                $"incremental model {model.Name} needs a unique_key in its config line and warehouse/incremental/{model.Name}.sql");
        return models;
    }

    private static IEnumerable<(string Folder, string Name, string Sql)> Resources(string prefix)
    {
        var asm = Assembly.GetExecutingAssembly();
        foreach (var resource in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix)).Order())
        {
            using var stream = asm.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var parts = resource[prefix.Length..].Split('/');
            var folder = parts.Length > 1 ? parts[0] : "";
            yield return (folder, Path.GetFileNameWithoutExtension(parts[^1]), reader.ReadToEnd());
        }
    }

    private static List<Model> OrderByDependencies(List<Model> models)
    {
        var byName = models.ToDictionary(m => m.Name);
        var ordered = new List<Model>();
        var state = new Dictionary<string, bool>(); // false = visiting, true = done
        foreach (var model in models) Visit(model);
        return ordered;

        void Visit(Model model)
        {
            if (state.TryGetValue(model.Name, out var done))
            {
                if (!done) throw new InvalidOperationException($"models refer to each other in a cycle through {model.Name}");
                return;
            }
            state[model.Name] = false;
            foreach (Match m in Identifier().Matches(model.Sql + model.AffectedSql))
                if (m.Value != model.Name && byName.TryGetValue(m.Value, out var dependency)) Visit(dependency);
            state[model.Name] = true;
            ordered.Add(model);
        }
    }

    [GeneratedRegex(@"\b(stg|int|dim|fct|mart)_\w+\b")]
    private static partial Regex Identifier();
}
