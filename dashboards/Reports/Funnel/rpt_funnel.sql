-- Sales funnel: of the deals opened in [$date_from, $date_to], how many reached each stage.
-- A deal "reached" a stage when its furthest non-lost stage is at or beyond it (a won deal passed them all).
with deals as (
    select deal_id, amount
    from fct_deal
    where opened_date between $date_from and $date_to
      and ($department_id is null or department_id = $department_id)
      and ($agent_id is null or owner_agent_id = $agent_id)
),
furthest as (
    select t.deal_id, max(t.to_stage_order) as furthest_order
    from fct_deal_stage_transition t
    join deals d using (deal_id)
    where not t.to_closed_stage or t.to_won_stage
    group by t.deal_id
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
        count(f.deal_id)             as deals,
        coalesce(sum(d.amount), 0)   as amount
    from stages s
    left join furthest f on f.furthest_order >= s.sort_order
    left join deals d on d.deal_id = f.deal_id
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
