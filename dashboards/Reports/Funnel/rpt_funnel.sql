-- Sales funnel: of the deals opened in [$date_from, $date_to], how many reached each stage.
-- A deal "reached" a stage when its furthest non-lost stage is at or beyond it (a won deal passed them all).
with deals as (
    select furthest_stage_order, amount
    from fct_deal
    where opened_date between $date_from and $date_to
      and ($department_id is null or department_id = $department_id)
      and ($agent_id is null or owner_agent_id = $agent_id)
),
by_furthest as (
    select furthest_stage_order, count(*) as deals, sum(amount) as amount
    from deals
    group by furthest_stage_order
),
stages as (
    select * from dim_deal_stage where not is_closed or is_won
),
per_stage as (
    select
        s.sort_order,
        s.stage_code,
        s.name_hy,
        s.name_en,
        s.name_ru,
        coalesce(sum(b.deals), 0)::bigint  as deals,
        coalesce(sum(b.amount), 0)         as amount
    from stages s
    left join by_furthest b on b.furthest_stage_order >= s.sort_order
    group by all
),
final as (
    select
        *,
        deals / nullif(lag(deals) over (order by sort_order), 0)       as conversion_from_previous,
        coalesce(deals / nullif(first_value(deals) over (order by sort_order), 0), 0) as conversion_from_start
    from per_stage
)
select * from final
order by sort_order
