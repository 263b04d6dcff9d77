-- One row per day, in whole years from the earliest to the latest date any fact carries and on to the end of
-- next year, so every fact's dates find their rows.
with dates as (
    select min(opened_at)::date as first_day, max(opened_at)::date as last_day from stg_deals
    union all
    select min(closed_at)::date, max(closed_at)::date from stg_deals
    union all
    select min(expected_close_date), max(expected_close_date) from stg_deals
    union all
    select min(changed_at)::date, max(changed_at)::date from stg_deal_stage_history
    union all
    select min(occurred_at)::date, max(occurred_at)::date from stg_activities
    union all
    select min(due_date), max(due_date) from stg_payments
    union all
    select min(occurred_at)::date, max(occurred_at)::date from stg_loyalty_ledger
    union all
    select min(period_month), max(period_month) from stg_salary_payments
    union all
    select min(paid_at)::date, max(paid_at)::date from stg_salary_payments
    union all
    select min(period_month), max(period_month) from stg_sales_plans
    union all
    select min(starts_on), max(ends_on) from stg_campaigns
    union all
    select current_date, current_date
),
bounds as (
    select
        date_trunc('year', min(first_day))::date                      as first_day,
        (date_trunc('year', max(last_day)) + interval 2 year)::date   as after_last_day
    from dates
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
        last_day(date_day)                     as month_end,
        day(date_day)                          as day_of_month,
        isodow(date_day)                       as iso_day_of_week,
        week(date_day)                         as iso_week,
        isodow(date_day) >= 6                  as is_weekend
    from days
)
select * from final
