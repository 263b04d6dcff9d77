namespace Crm.Ingest.Imports.Mapping;

public enum FieldKind
{
    Text,
    Email,
    Phone,
    Integer,
    Decimal,
    Date,
    Timestamp,
    Boolean,
    /// <summary>One of a domain's codes (check constraint or reference table); see <see cref="FieldSpec.Domain"/>.</summary>
    Enum,
    /// <summary>Another record, found by key or unique name and written as its id.</summary>
    Reference,
}
