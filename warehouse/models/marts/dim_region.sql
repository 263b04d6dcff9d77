-- One row per region named anywhere (customers' towns, departments, partners), keyed by a slug of its name so
-- the key stays the same from load to load; plus the unknown member '-1'.
with named as (
    select region_key, region from stg_customers
    union all
    select region_key, region from stg_departments
    union all
    select region_key, region from stg_partners
),
spellings as (
    select region_key, trim(region) as region_name, count(*) as mentions
    from named
    where region_key is not null
    group by all
),
regions as (
    -- the spelling most records use names the region
    select region_key, region_name
    from spellings
    qualify row_number() over (partition by region_key order by mentions desc, region_name) = 1
),
final as (
    select region_key, region_name
    from regions
    union all
    select '-1', 'Unknown'
)
select * from final
