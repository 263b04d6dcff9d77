namespace Crm.Ingest.Demo;

/// <summary>
/// The cross-sell pairs the demo plants, by product name: buying the first makes a later purchase of the second
/// <see cref="Boost"/> times likelier (laptop → office suite, camera → its installation, router → network set-up,
/// printer → toner). Public so that the recommenders' tests can check they are found again.
/// </summary>
public static class PlantedAffinities
{
    public const double Boost = 40.0;

    public static IReadOnlyList<(string First, string Then)> Pairs { get; } =
    [
        ("Նոութբուք Arev Pro 15", "Գրասենյակային փաթեթ (լիցենզիա)"),
        ("IP տեսախցիկ 4MP", "Տեսահսկման տեղադրում"),
        ("Wi-Fi երթուղիչ AX", "Ցանցի կարգավորում"),
        ("Բազմաֆունկցիոնալ տպիչ", "Տոներային քարթրիջ"),
    ];
}
