-- Revenue attributed to campaigns. A conversion is a deal won (closed) in [$date_from, $date_to], worth its amount.
-- Its touches are the customer's activities that name a campaign (any type but the money ones: sales, payments,
-- refunds and expenses are outcomes, not marketing) in the $lookback_days before the close, the close excluded.
-- $model shares each conversion among its touches (weights add up to 1, so attributed revenue over all campaigns is
-- the revenue of the conversions that had a touch):
--   first_touch / last_touch: all to the earliest / latest touch (touches at the same moment in campaign order: which
--   of two equal ones comes first changes no campaign's share);
--   linear: equally; time_decay: in proportion to 0.5 ^ (days before the close / $half_life_days);
--   position_based: 40% first, 40% last, 20% shared by the ones between (one touch: 100%, two: 50/50).
-- attributed_conversions sums the weights; touches counts the touches. $source_code / $campaign_id only pick rows.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
conversions as (
    select d.deal_id, d.customer_id, d.closed_at, d.amount
    from fct_deal d
    where d.is_won and d.closed_date between $date_from and $date_to
      and d.customer_id <> -1
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
      and ($region_key is null or d.region_key = $region_key)
),
campaign_activities as (
    select a.customer_id, a.campaign_id, a.occurred_at
    from fct_activity a
    where a.campaign_id <> -1
      -- a function, not an IN list: not pushed into the scan, so only the few rows with a campaign are compared
      and not list_contains(['sale', 'payment', 'refund', 'bank_payment', 'expense'], a.activity_type_code)
),
touches as (
    select
        c.deal_id,
        c.amount,
        a.campaign_id,
        epoch(c.closed_at - a.occurred_at) / 86400.0                                          as days_before,
        row_number() over (partition by c.deal_id order by a.occurred_at, a.campaign_id)       as position,
        -- one window operator for both: time_decay's total shares count's partition
        count(*) over (partition by c.deal_id)                                                 as n,
        sum(pow(0.5, epoch(c.closed_at - a.occurred_at) / 86400.0 / $half_life_days)) over (partition by c.deal_id) as decay_total
    from conversions c
    join campaign_activities a on a.customer_id = c.customer_id
     and a.occurred_at < c.closed_at
     and a.occurred_at >= c.closed_at - to_days($lookback_days::integer)
),
weighted as (
    select
        t.*,
        case $model
            when 'first_touch' then if(t.position = 1, 1.0, 0.0)
            when 'last_touch' then if(t.position = t.n, 1.0, 0.0)
            when 'linear' then 1.0 / t.n
            when 'time_decay' then pow(0.5, t.days_before / $half_life_days) / t.decay_total
            when 'position_based' then case
                when t.n = 1 then 1.0
                when t.n = 2 then 0.5
                when t.position = 1 or t.position = t.n then 0.4
                else 0.2 / (t.n - 2)
            end
        end::double as weight
    from touches t
),
per_campaign as (
    select
        campaign_id,
        sum(weight * amount)    as attributed_revenue,
        sum(weight)             as attributed_conversions,
        count(*)                as touches
    from weighted
    group by campaign_id
),
final as (
    select
        p.campaign_id,
        coalesce(c.campaign_name, 'unknown')                 as campaign_name,
        coalesce(c.source_code, '-1')                        as source_code,
        round(p.attributed_revenue, 2)::decimal(18, 2)       as attributed_revenue,
        p.attributed_conversions,
        p.touches
    from per_campaign p
    left join dim_campaign c on c.campaign_id = p.campaign_id
    where ($source_code is null or c.source_code = $source_code)
      and ($campaign_id is null or p.campaign_id = $campaign_id)
)
select * from final
order by attributed_revenue desc, campaign_id
