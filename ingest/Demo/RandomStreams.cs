namespace Crm.Ingest.Demo;

/// <summary>
/// One independent, seeded random sequence per (purpose, entity). Giving each customer its own sequence
/// keeps the data identical for a seed even when the code that draws for one customer changes how many
/// numbers it takes, and lets a later pass re-derive what an earlier pass decided.
/// </summary>
internal static class RandomStreams
{
    public const int Organisation = 1;
    public const int Marketing = 2;
    public const int Catalogue = 3;
    public const int Customers = 4;
    public const int Acquisition = 5;
    public const int Repeat = 6;
    public const int Journal = 7;
    public const int Office = 8;
    public const int Payroll = 9;
    public const int Duplicates = 10;
    public const int Documents = 11;

    public static Random For(int seed, int purpose, long id = 0)
    {
        // SplitMix64 finaliser: neighbouring ids must not give correlated System.Random seeds.
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)purpose * 0xBF58476D1CE4E5B9UL + (ulong)id * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random((int)(z & 0x7FFF_FFFF));
    }
}
