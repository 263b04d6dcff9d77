namespace Crm.Warehouse.Tests.Models;

/// <summary>
/// A customer's owner or lifecycle changes in the store: the next load opens a new version of it, facts from before
/// keep the version they had and facts from after take the new one.
/// </summary>
public sealed class CustomerVersionTests(ChangingDemoWarehouse store) : IClassFixture<ChangingDemoWarehouse>
{
    [Fact]
    public async Task AnOwnerChangeOpensANewCustomerVersion()
    {
        // A root customer with some activities, owned by an agent with an active colleague in the same department.
        var (customer, oldOwner, newOwner) = await PickAsync("""
            select c.id, c.owner_agent_id, (select b.id from agents b where b.department_id = a.department_id
                                            and b.id <> a.id and b.status = 'active' order by b.id limit 1)
            from customers c join agents a on a.id = c.owner_agent_id
            where c.merged_into_id is null and c.id % 7 = 1
              and exists (select 1 from agents b where b.department_id = a.department_id and b.id <> a.id and b.status = 'active')
              and (select count(*) from activities x where x.customer_id = c.id) >= 5
            order by c.id limit 1
            """);
        var changedAt = await store.ScalarAsync<DateTime>("select date_trunc('second', now()) - interval '1 hour'");
        var keysBefore = ActivityKeys(customer, changedAt);

        await store.ScalarAsync<long>("""
            update customer_ownership set valid_to = $2 where customer_id = $1 and valid_to is null returning id
            """, customer, changedAt);
        await store.ScalarAsync<long>("""
            insert into customer_ownership (customer_id, agent_id, valid_from, reason) values ($1, $2, $3, 'reassigned') returning id
            """, customer, newOwner, changedAt);
        await store.ScalarAsync<long>("update customers set owner_agent_id = $2 where id = $1 returning id", customer, newOwner);
        var newActivity = await store.ScalarAsync<long>("""
            insert into activities (type_code, occurred_at, agent_id, customer_id, duration_seconds, outcome)
            values ('call_out', now(), $2, $1, 90, 'answered') returning id
            """, customer, newOwner);
        await store.LoadAsync();

        var versions = store.StarRows("""
            select customer_key, owner_agent_id, valid_from, valid_to from dim_customer where customer_id = ? order by version_no
            """, customer);
        var (current, previous) = (versions[^1], versions[^2]);
        Assert.Equal(newOwner, Convert.ToInt64(current[1]));
        Assert.Equal(oldOwner, Convert.ToInt64(previous[1]));
        Assert.Equal(changedAt, (DateTime)current[2]!);
        Assert.Equal(changedAt, (DateTime)previous[3]!);

        var keysAfter = ActivityKeys(customer, DateTime.MaxValue);
        Assert.Equal(Convert.ToInt64(current[0]), keysAfter[newActivity]);
        Assert.All(keysBefore, k => Assert.Equal(k.Value, keysAfter[k.Key]));
    }

    [Fact]
    public async Task LifecycleChangeIsKeptAsHistory()
    {
        var (customer, _, _) = await PickAsync("""
            select id, 0, 0 from customers
            where merged_into_id is null and lifecycle = 'buyer' and id % 7 = 3
              and (select count(*) from activities x where x.customer_id = customers.id) >= 5
            order by id limit 1
            """);
        var keysBefore = ActivityKeys(customer, DateTime.MaxValue);

        await store.ScalarAsync<long>("update customers set lifecycle = 'lost', lifecycle_changed_at = now() where id = $1 returning id", customer);
        var recorded = await store.ScalarAsync<DateTime>(
            "select changed_at from customer_attribute_history where customer_id = $1 order by changed_at desc, id desc limit 1", customer);
        await store.LoadAsync();

        var versions = store.StarRows("""
            select lifecycle, valid_from, is_current from dim_customer where customer_id = ? order by version_no
            """, customer);
        Assert.Equal(["lost", recorded, true], versions[^1]);
        Assert.Equal("buyer", versions[^2][0]);
        Assert.Equal(keysBefore, ActivityKeys(customer, DateTime.MaxValue));
    }

    private Dictionary<long, long> ActivityKeys(long customer, DateTime before) =>
        store.StarRows("select activity_id, customer_key from fct_activity where customer_id = ? and occurred_at < ?", customer,
                DateTime.SpecifyKind(before, DateTimeKind.Unspecified))
            .ToDictionary(r => Convert.ToInt64(r[0]), r => Convert.ToInt64(r[1]));

    private async Task<(long, long, long)> PickAsync(string sql)
    {
        var row = (await store.RowsAsync(sql)).Single();
        return (Convert.ToInt64(row[0]), Convert.ToInt64(row[1]), Convert.ToInt64(row[2]));
    }
}
