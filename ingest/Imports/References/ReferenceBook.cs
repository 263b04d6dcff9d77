using Npgsql;

namespace Crm.Ingest.Imports.References;

/// <summary>
/// Everything a file's rows may point at, read once per file inside its transaction: reference tables as
/// enum domains, and records (agents, customers, products, …) as lookups by key and by unique name.
/// </summary>
public sealed class ReferenceBook(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> createMissing)
{
    private static readonly Dictionary<string, (string Sql, bool IgnoreCase)> Sources = new()
    {
        ["department"] = ("select id, code, name from departments where deleted_at is null", true),
        ["agent"] = ("select id, external_id, full_name, email from agents where deleted_at is null", false),
        ["customer"] = ("select id, external_id, name from customers where deleted_at is null and merged_into_id is null", false),
        ["partner"] = ("select id, external_id, name from partners where deleted_at is null", false),
        ["campaign"] = ("select id, external_id, name from campaigns where deleted_at is null", false),
        ["product"] = ("select id, sku, name from products where deleted_at is null", false),
        ["product_category"] = ("select id, code, name_en, name_hy, name_ru from product_categories where deleted_at is null", true),
        ["deal"] = ("select id, external_id from deals where deleted_at is null", false),
        ["contact"] = ("select id, external_id, full_name from contacts where deleted_at is null", false),
        ["sale"] = ("select id, external_id from activities where type_code = 'sale' and external_id is not null", false),
        ["price_list"] = ("select id, code, name from price_lists where deleted_at is null", true),
    };

    // What a mapping's create_missing may name: reference kinds whose only required columns are a code and
    // names, so the cell's text is all a new record needs. Constant SQL; the text is a parameter.
    private static readonly Dictionary<string, string> Creatable = new()
    {
        ["department"] = "insert into departments (code, name) values ($1, $1) on conflict (code) do update set code = excluded.code returning id",
        ["product_category"] = """
            insert into product_categories (code, name_hy, name_en, name_ru) values ($1, $1, $1, $1)
            on conflict (code) do update set code = excluded.code returning id
            """,
    };

    private readonly IReadOnlyCollection<string> _createMissing = Checked(createMissing);
    private readonly Dictionary<string, EnumDomain> _enums = [];
    private readonly Dictionary<string, Lookup> _lookups = [];
    private Dictionary<long, long>? _agentDepartments;

    public static bool IsReference(string domain) => Sources.ContainsKey(domain);

    public EnumDomain Enum(string domain)
    {
        if (_enums.TryGetValue(domain, out var known)) return known;
        EnumDomain loaded;
        if (EnumDomains.Static.TryGetValue(domain, out var make)) loaded = make();
        else
        {
            loaded = new EnumDomain();
            using var cmd = new NpgsqlCommand(EnumDomains.Tables[domain], connection, transaction);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
                loaded.Add(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
        return _enums[domain] = loaded;
    }

    public Lookup Records(string domain)
    {
        if (_lookups.TryGetValue(domain, out var known)) return known;
        var (sql, ignoreCase) = Sources[domain];
        var lookup = new Lookup(domain.Replace('_', ' '), ignoreCase);
        using (var cmd = new NpgsqlCommand(sql, connection, transaction))
        using (var reader = cmd.ExecuteReader())
        {
            var names = new string?[reader.FieldCount - 2];
            while (reader.Read())
            {
                for (var i = 0; i < names.Length; i++) names[i] = reader.IsDBNull(i + 2) ? null : reader.GetString(i + 2);
                lookup.Add(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), names);
            }
        }
        return _lookups[domain] = lookup;
    }

    /// <summary>
    /// Resolves a reference to an id, creating a missing department or product category (code and name = the
    /// text) when the mapping's create_missing names its kind.
    /// </summary>
    public bool TryResolve(string domain, string text, out long id, out string? reason)
    {
        var lookup = Records(domain);
        if (lookup.TryId(text, out id, out reason)) return true;
        if (!_createMissing.Contains(domain) || !Creatable.TryGetValue(domain, out var insert) || reason!.Contains("more than one")) return false;
        using var cmd = new NpgsqlCommand(insert, connection, transaction);
        cmd.Parameters.AddWithValue(text);
        id = (long)cmd.ExecuteScalar()!;
        lookup.Add(id, text, text);
        reason = null;
        return true;
    }

    // A kind the importer cannot create would otherwise be ignored silently and its rows quarantined.
    private static IReadOnlyCollection<string> Checked(IReadOnlyCollection<string> createMissing)
    {
        var unknown = createMissing.Where(k => !Creatable.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
            throw new ImportRefusedException(
                $"create_missing names {string.Join(", ", unknown.Select(k => $"\"{k}\""))}; only these can be created: {string.Join(", ", Creatable.Keys)}");
        return createMissing;
    }

    /// <summary>The department an agent works in (deals and expenses default to it).</summary>
    public long DepartmentOfAgent(long agentId)
    {
        if (_agentDepartments is null)
        {
            _agentDepartments = [];
            using var cmd = new NpgsqlCommand("select id, department_id from agents", connection, transaction);
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) _agentDepartments[reader.GetInt64(0)] = reader.GetInt64(1);
        }
        return _agentDepartments.GetValueOrDefault(agentId);
    }
}
