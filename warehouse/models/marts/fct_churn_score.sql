-- One row per customer at risk of leaving: the churn model's calibrated probability that the customer is lost within
-- horizon_days of scored_at, and the three features that raise it most, as sentences an agent can read in Armenian,
-- English or Russian. Written by a load's enrichment (ml/, `crm etl` and the nightly load pass it); built empty here
-- so that the table exists on every version and the reports over it return nothing, rather than fail, when a load
-- ran without it.
select
    null::bigint          as customer_id,
    null::double          as churn_probability,
    null::varchar         as risk_band,
    null::varchar         as reason_1_hy,
    null::varchar         as reason_1_en,
    null::varchar         as reason_1_ru,
    null::varchar         as reason_2_hy,
    null::varchar         as reason_2_en,
    null::varchar         as reason_2_ru,
    null::varchar         as reason_3_hy,
    null::varchar         as reason_3_en,
    null::varchar         as reason_3_ru,
    null::integer         as days_since_last_sale,
    null::integer         as days_since_last_contact,
    null::decimal(18, 2)  as revenue_365d,
    null::varchar         as model_version,
    null::varchar         as trainer,
    null::integer         as horizon_days,
    null::timestamp       as scored_at,
    null::date            as scored_date
where false
