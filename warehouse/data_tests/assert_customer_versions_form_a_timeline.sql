-- The versions of each customer follow one another without gap or overlap: numbered 1, 2, 3…, each ending where the
-- next begins, only the last open and current, none empty; keys are customer_id * 1000 + version_no (below 1000).
with versions as (
    select
        *,
        lead(valid_from) over (partition by customer_id order by version_no)  as next_valid_from,
        lag(version_no) over (partition by customer_id order by version_no)   as previous_version_no
    from dim_customer
    where customer_id <> -1
)
select customer_id, version_no, 'valid_to is not the next version''s valid_from' as problem
from versions where valid_to is distinct from next_valid_from
union all
select customer_id, version_no, 'ends before it begins' from versions where valid_to <= valid_from
union all
select customer_id, version_no, 'numbering has a gap' from versions where version_no <> coalesce(previous_version_no, 0) + 1
union all
select customer_id, version_no, 'is_current disagrees with valid_to' from versions where is_current <> (valid_to is null)
union all
select customer_id, version_no, 'customer_key is not customer_id * 1000 + version_no'
from versions where customer_key <> customer_id * 1000 + version_no or version_no >= 1000
