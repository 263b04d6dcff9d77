-- Weighted pipeline forecast: the open deals by the month they are expected to close, each weighted by the
-- chance of winning from its current stage, learnt from history: of the closed deals that got as far as that
-- stage, the share that were won. A deal whose expected close has passed counts in the as-of month (overdue).
with as_of as (
    select $as_of::date as day
),
portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
closed as (
    select furthest_stage_order, count(*) as deals, count(*) filter (where is_won) as won
    from fct_deal where is_closed
    group by furthest_stage_order
),
win_rates as (
    select s.stage_code, sum(c.won) / nullif(sum(c.deals), 0)::double as win_rate
    from dim_deal_stage s
    join closed c on c.furthest_stage_order >= s.sort_order
    where not s.is_closed
    group by s.stage_code
),
open_deals as (
    select
        d.deal_id,
        d.amount,
        d.stage_code,
        d.expected_close_date < (select date_trunc('month', day) from as_of) as overdue,
        greatest(date_trunc('month', coalesce(d.expected_close_date, (select day from as_of))),
                 (select date_trunc('month', day) from as_of))::date as close_month
    from fct_deal d
    where not d.is_closed
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
      and ($region_key is null or d.region_key = $region_key)
      and ($source_code is null or d.source_code = $source_code)
      and ($campaign_id is null or d.campaign_id = $campaign_id)
      and ($segment is null or d.customer_key in (select customer_key from dim_customer where segment = $segment))
      and ($category_code is null or d.product_id in (select product_id from dim_product where category_code = $category_code))
),
final as (
    select
        o.close_month                                        as month_start,
        count(*)                                             as open_deals,
        count(*) filter (where o.overdue)                    as overdue_deals,
        sum(o.amount)                                        as pipeline_amount,
        round(sum(o.amount * coalesce(w.win_rate, 0)), 2)    as weighted_amount
    from open_deals o
    left join win_rates w on w.stage_code = o.stage_code
    where o.close_month < (select date_trunc('month', day) + to_months($months) from as_of)
    group by o.close_month
)
select * from final
order by month_start
