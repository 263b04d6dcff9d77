using System.Text.Json;

namespace Crm.Ingest.Dedup;

/// <summary>Everything that speaks for or against two customers being the same one.</summary>
public sealed record PairEvidence(
    double Name,
    double WeakestWord,
    bool SameKind,
    bool SameCity,
    Agreement Phone,
    Agreement Email,
    Agreement Birthday,
    Agreement TaxId,
    Agreement LegalForm)
{
    public static PairEvidence Compare(CustomerKeys a, CustomerKeys b)
    {
        var sameCity = a.City is not null && a.City == b.City;
        var email = Agree(a.EmailKey, b.EmailKey);
        // info@ or sales@ is written on every branch and on namesake firms' records: it says nothing either way.
        if (email != Agreement.Unknown && (EmailKey.IsRoleMailbox(a.EmailKey!) || EmailKey.IsRoleMailbox(b.EmailKey!)))
            email = Agreement.Unknown;
        return new PairEvidence(
            NameSimilarity.Score(a.NameKey, b.NameKey),
            NameSimilarity.WeakestWord(a.NameKey, b.NameKey),
            a.Kind == b.Kind,
            sameCity,
            Agree(a.PhoneKey, b.PhoneKey),
            email,
            Agree(a.Birthday, b.Birthday),
            Agree(a.TaxId, b.TaxId),
            Agree(a.LegalForm, b.LegalForm));
    }

    public bool Exact => Phone == Agreement.Same || Email == Agreement.Same;

    /// <summary>Facts that make two records different people or firms, whatever the name says.</summary>
    public bool HardConflict => !SameKind || Birthday == Agreement.Different || TaxId == Agreement.Different
                                || LegalForm == Agreement.Different;

    /// <summary>A second phone or address is possible for one person, but then a machine should not decide.</summary>
    public bool SoftConflict => Phone == Agreement.Different || Email == Agreement.Different;

    public bool AnyConflict => HardConflict || SoftConflict;

    /// <summary>How many identifying facts agree (phone, e-mail, birthday, tax id).</summary>
    public int Positives => new[] { Phone, Email, Birthday, TaxId }.Count(x => x == Agreement.Same);

    public string Method => Phone == Agreement.Same ? "exact_phone" : Email == Agreement.Same ? "exact_email" : "fuzzy_name";

    public string ToJson() => JsonSerializer.Serialize(new
    {
        name = Math.Round(Name, 3),
        weakest_word = Math.Round(WeakestWord, 3),
        same_kind = SameKind,
        same_city = SameCity,
        phone = Word(Phone),
        email = Word(Email),
        birthday = Word(Birthday),
        tax_id = Word(TaxId),
        legal_form = Word(LegalForm),
    });

    private static string Word(Agreement a) => a.ToString().ToLowerInvariant();

    private static Agreement Agree<T>(T? a, T? b) =>
        a is null || b is null ? Agreement.Unknown : EqualityComparer<T>.Default.Equals(a, b) ? Agreement.Same : Agreement.Different;
}
