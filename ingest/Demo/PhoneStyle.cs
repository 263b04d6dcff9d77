namespace Crm.Ingest.Demo;

/// <summary>The ways people in Armenia write the same mobile number.</summary>
public enum PhoneStyle
{
    /// <summary>+374 91 234567</summary>
    International,
    /// <summary>091-23-45-67</summary>
    Dashed,
    /// <summary>0 91 23 45 67</summary>
    Spaced,
    /// <summary>+37491234567</summary>
    Compact,
    /// <summary>(091) 234-567</summary>
    Bracketed,
}
