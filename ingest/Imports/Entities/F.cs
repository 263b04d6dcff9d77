using Crm.Ingest.Imports.Mapping;

namespace Crm.Ingest.Imports.Entities;

/// <summary>Short constructors for field lists, so each entity reads as a table of its columns.</summary>
internal static class F
{
    public static FieldSpec Text(string name, int max, params string[] aliases) => new(name, FieldKind.Text, MaxLength: max) { Aliases = aliases };
    public static FieldSpec Email(string name, params string[] aliases) => new(name, FieldKind.Email) { Aliases = aliases };
    public static FieldSpec Phone(string name, params string[] aliases) => new(name, FieldKind.Phone) { Aliases = aliases };
    public static FieldSpec Int(string name, params string[] aliases) => new(name, FieldKind.Integer) { Aliases = aliases, NonNegative = true };
    public static FieldSpec Money(string name, params string[] aliases) => new(name, FieldKind.Decimal) { Aliases = aliases, NonNegative = true };
    public static FieldSpec Number(string name, int precision, int scale, params string[] aliases) =>
        new(name, FieldKind.Decimal) { Aliases = aliases, Precision = precision, Scale = scale };
    public static FieldSpec Date(string name, params string[] aliases) => new(name, FieldKind.Date) { Aliases = aliases };
    public static FieldSpec Time(string name, params string[] aliases) => new(name, FieldKind.Timestamp) { Aliases = aliases };
    public static FieldSpec Bool(string name, params string[] aliases) => new(name, FieldKind.Boolean) { Aliases = aliases };
    public static FieldSpec Enum(string name, string domain, params string[] aliases) => new(name, FieldKind.Enum) { Domain = domain, Aliases = aliases };
    public static FieldSpec Ref(string name, string domain, params string[] aliases) => new(name, FieldKind.Reference) { Domain = domain, Aliases = aliases };
    public static FieldSpec Required(this FieldSpec f) => f with { Required = true };

    public static readonly string[] ExternalId = ["id", "external id", "ext id", "code", "код", "идентификатор", "կոդ", "նույնացուցիչ"];
    public static readonly string[] PhoneAliases = ["telephone", "tel", "mobile", "phone number", "телефон", "тел", "мобильный", "հեռախոս", "հեռ"];
    public static readonly string[] EmailAliases = ["e-mail", "mail", "email address", "почта", "эл почта", "электронная почта", "էլ փոստ", "էլ. փոստ", "էլփոստ"];
    public static readonly string[] DepartmentAliases = ["department", "department code", "branch", "office", "отдел", "филиал", "подразделение", "բաժին", "մասնաճյուղ", "ստորաբաժանում"];
    public static readonly string[] AgentAliases = ["agent", "sales agent", "sales rep", "employee", "manager", "responsible", "сотрудник", "менеджер", "ответственный", "агент", "աշխատակից", "մենեջեր", "պատասխանատու", "գործակալ"];
    public static readonly string[] CustomerAliases = ["customer", "client", "customer id", "account", "клиент", "покупатель", "հաճախորդ", "գնորդ"];
}
