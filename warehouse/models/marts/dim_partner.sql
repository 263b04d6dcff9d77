-- One row per partner (reseller, referrer, supplier, agency), soft-deleted ones included, plus the unknown member -1.
with partners as (
    select * from stg_partners
),
final as (
    select
        partner_id,
        partner_name,
        partner_kind,
        coalesce(region_key, '-1') as region_key,
        city,
        commission_rate,
        status,
        is_deleted
    from partners
    union all
    select -1, 'Unknown', 'referral', '-1', null, 0, 'inactive', false
)
select * from final
