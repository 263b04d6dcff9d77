namespace Crm.Ingest.Dedup;

/// <summary>
/// How common a name is: customers with exactly this name key in the whole store, spread over towns by
/// their share of customers, give the namesakes to expect in one town by chance — besides the customer
/// and the one it matched.
/// </summary>
public static class NameFrequency
{
    public static double ExpectedNamesakes(long sameNameCustomers, long customersInTown, long customers) =>
        customers == 0 ? 0 : Math.Max(0, sameNameCustomers - 2) * (double)customersInTown / customers;
}
