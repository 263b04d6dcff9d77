-- rpt_attribution on the operational tables: deals won in the period, the campaign-naming activities of the same
-- (root) customer in the lookback window before the close, and each model's share of the deal per touch.
with recursive {{roots_and_portfolio}},
conversions as (
    select d.id as deal_id, r.root_id, d.closed_at, d.amount
    from deals d
    join roots r on r.id = d.customer_id
    join customers root on root.id = r.root_id
    where d.stage = 'won' and d.deleted_at is null
      and (d.closed_at at time zone 'UTC')::date between @date_from::date and @date_to::date
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or d.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or d.owner_agent_id = @agent_id::bigint)
      and (@region_key::text is null
           or trim(both '-' from regexp_replace(lower(trim(root.region)), '[^[:alnum:]]+', '-', 'g')) = @region_key::text)
),
touches as (
    select
        c.deal_id,
        c.amount,
        a.campaign_id,
        extract(epoch from c.closed_at - a.occurred_at) / 86400.0                         as days_before,
        row_number() over (partition by c.deal_id order by a.occurred_at, a.campaign_id)  as position,
        count(*) over (partition by c.deal_id)                                             as n
    from conversions c
    join roots r on r.root_id = c.root_id
    join activities a on a.customer_id = r.id
     and a.occurred_at < c.closed_at
     and a.occurred_at >= c.closed_at - make_interval(secs => @lookback_days::int * 86400)
    where a.campaign_id is not null and a.deleted_at is null
      and a.type_code not in ('sale', 'payment', 'refund', 'bank_payment', 'expense')
),
weighted as (
    select
        t.*,
        case @model::text
            when 'first_touch' then case when t.position = 1 then 1.0 else 0.0 end
            when 'last_touch' then case when t.position = t.n then 1.0 else 0.0 end
            when 'linear' then 1.0 / t.n
            when 'time_decay' then power(0.5, t.days_before / @half_life_days::int)
                                   / sum(power(0.5, t.days_before / @half_life_days::int)) over (partition by t.deal_id)
            when 'position_based' then case
                when t.n = 1 then 1.0
                when t.n = 2 then 0.5
                when t.position in (1, t.n) then 0.4
                else 0.2 / (t.n - 2)
            end
        end as weight
    from touches t
)
select
    w.campaign_id,
    cm.source_code,
    round(sum(w.weight * w.amount), 2)   as attributed_revenue,
    sum(w.weight)::float8                as attributed_conversions,
    count(*)                             as touches
from weighted w
join campaigns cm on cm.id = w.campaign_id
where (@source_code::text is null or cm.source_code = @source_code::text)
  and (@campaign_id::bigint is null or cm.id = @campaign_id::bigint)
group by w.campaign_id, cm.source_code
