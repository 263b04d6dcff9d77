-- rpt_deals on the operational tables: the live deals opened in the period with their stage (now), status, root
-- customer, owner, partner, department and the root customer's region (a slug of its name, '-1' when there is none).
-- The furthest stage a deal reached is the furthest open-or-won stage its history moved it into.
with recursive {{roots_and_portfolio}},
picked as (
    select
        d.*,
        coalesce(r.root_id, -1)                                                                     as root_customer_id,
        coalesce(nullif(trim(both '-' from regexp_replace(lower(trim(root.region)), '[^[:alnum:]]+', '-', 'g')), ''), '-1') as region_key,
        case when d.stage = 'won' then 'won' when d.stage = 'lost' then 'lost' else 'open' end     as status,
        (select max(s.sort_order) from deal_stage_history h join deal_stages s on s.code = h.to_stage
         where h.deal_id = d.id and (not s.is_closed or s.is_won))                                  as furthest
    from deals d
    left join roots r on r.id = d.customer_id
    left join customers root on root.id = r.root_id
    where d.deleted_at is null
      and (d.opened_at at time zone 'UTC')::date between @date_from::date and @date_to::date
      and (@scope_department_id::bigint is null or d.department_id = @scope_department_id::bigint)
      and (@scope_agent_id::bigint is null or d.customer_id in (select id from portfolio))
      and (@department_id::bigint is null or d.department_id = @department_id::bigint)
      and (@agent_id::bigint is null or d.owner_agent_id = @agent_id::bigint)
      and (@source_code::text is null or d.source_code = @source_code::text)
      and (@campaign_id::bigint is null or coalesce(d.campaign_id, -1) = @campaign_id::bigint)
      and (@partner_id::bigint is null or coalesce(d.partner_id, -1) = @partner_id::bigint)
      and (@stage::text is null or d.stage = @stage::text)
)
select
    p.id                                                   as deal_id,
    (p.opened_at at time zone 'UTC')::date                 as opened_date,
    p.expected_close_date,
    (p.closed_at at time zone 'UTC')::date                 as closed_date,
    p.status,
    p.stage                                                as stage_code,
    p.amount,
    p.root_customer_id                                     as customer_id,
    coalesce(c.name, 'unknown')                            as customer_name,
    p.owner_agent_id,
    coalesce(a.full_name, 'unknown')                       as owner_name,
    coalesce(p.partner_id, -1)                             as partner_id,
    coalesce(pa.name, 'Unknown')                           as partner_name,
    p.department_id,
    p.region_key
from picked p
left join customers c on c.id = p.root_customer_id
left join agents a on a.id = p.owner_agent_id
left join partners pa on pa.id = p.partner_id
where (@region_key::text is null or p.region_key = @region_key::text)
  and (@status::text is null or p.status = @status::text)
  and (@reached::text is null or coalesce(p.furthest, 0) >= (select sort_order from deal_stages where code = @reached::text))
order by p.amount desc, p.id desc
limit @row_limit::int
