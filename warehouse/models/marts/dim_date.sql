-- Whole years around the data, so every fact's date finds its row.
with bounds as (
    select
        date_trunc('year', least(
            coalesce((select min(opened_at) from stg_deals), current_date),
            coalesce((select min(occurred_at) from stg_activities), current_date)))::date as first_day,
        (date_trunc('year', greatest(
            coalesce((select max(opened_at) from stg_deals), current_date),
            coalesce((select max(occurred_at) from stg_activities), current_date),
            current_date)) + interval 2 year)::date as after_last_day
),
days as (
    select unnest(range(first_day, after_last_day, interval 1 day))::date as date_day from bounds
),
final as (
    select
        date_day,
        year(date_day)                         as year,
        quarter(date_day)                      as quarter,
        month(date_day)                        as month,
        date_trunc('month', date_day)::date    as month_start,
        isodow(date_day)                       as iso_day_of_week,
        isodow(date_day) >= 6                  as is_weekend
    from days
)
select * from final
