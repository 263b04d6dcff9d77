-- The customer versions as spans that tile time: version 1 reaches back before the customer's first recorded
-- change and the current one runs on, so exactly one span covers any moment. Facts find their customer's version
-- with a hash join on the span (what an ASOF join on valid_from finds, about twice as fast).
with versions as (
    select * from dim_customer where customer_id <> -1
),
final as (
    select
        customer_id,
        customer_key,
        department_id,
        region_key,
        source_code,
        case when version_no = 1 then timestamp '-infinity' else valid_from end as valid_from,
        coalesce(valid_to, timestamp 'infinity')                                 as valid_to
    from versions
)
select * from final
