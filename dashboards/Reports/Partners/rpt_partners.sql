-- Partners side by side, plus the sales and deals that came through no partner (partner -1) for comparison.
-- revenue: sale lines through the partner in [$date_from, $date_to]; previous_revenue: the same over the equally long
-- period just before, revenue_trend their relative change. deals: deals through the partner opened in the period,
-- won_deals those of them won, conversion won_deals / deals, average_won_deal their mean amount.
-- payment_days: for the period's sales through the partner, the days from the sale to each payment of it (refunds
-- left out), averaged weighted by the amount paid; days_past_due the same for the days paid after the due date
-- (0 when paid on time). Sales not paid yet do not count.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
revenue as (
    select
        s.partner_id,
        coalesce(sum(s.revenue) filter (where s.sale_date >= $date_from), 0)    as revenue,
        coalesce(sum(s.revenue) filter (where s.sale_date < $date_from), 0)     as previous_revenue
    from fct_sale s
    where s.sale_date between $date_from - (date_diff('day', $date_from, $date_to) + 1)::integer and $date_to
      and ($scope_department_id is null or s.department_id = $scope_department_id)
      and ($scope_agent_id is null or s.customer_id in (select customer_id from portfolio))
      and ($department_id is null or s.department_id = $department_id)
      and ($agent_id is null or s.agent_id = $agent_id)
      and ($region_key is null or s.region_key = $region_key)
      and ($partner_id is null or s.partner_id = $partner_id)
    group by s.partner_id
),
-- the payments of the period's sales, filtered by the sale's own agent, customer, department, region and partner,
-- which every payment row carries
payments as (
    select
        p.sale_partner_id                                                                  as partner_id,
        -- doubles: these only make an average, and wide decimal products cost more
        sum(p.amount::double)                                                              as paid,
        sum(p.amount::double * date_diff('day', p.sale_date, p.payment_date))              as paid_days,
        sum(p.amount::double) filter (where p.due_date is not null)                        as paid_with_due,
        sum(p.amount::double * greatest(date_diff('day', p.due_date, p.payment_date), 0))
            filter (where p.due_date is not null)                                          as paid_days_late
    from fct_payment p
    where not p.is_refund
      and p.sale_date between $date_from and $date_to
      and ($scope_department_id is null or p.sale_department_id = $scope_department_id)
      and ($scope_agent_id is null or p.sale_customer_id in (select customer_id from portfolio))
      and ($department_id is null or p.sale_department_id = $department_id)
      and ($agent_id is null or p.sale_agent_id = $agent_id)
      and ($region_key is null or p.sale_region_key = $region_key)
      and ($partner_id is null or p.sale_partner_id = $partner_id)
    group by p.sale_partner_id
),
deals as (
    select
        d.partner_id,
        count(*)                                    as deals,
        count(*) filter (where d.is_won)            as won_deals,
        avg(d.amount) filter (where d.is_won)       as average_won_deal
    from fct_deal d
    where d.opened_date between $date_from and $date_to
      and ($scope_department_id is null or d.department_id = $scope_department_id)
      and ($scope_agent_id is null or d.customer_id in (select customer_id from portfolio))
      and ($department_id is null or d.department_id = $department_id)
      and ($agent_id is null or d.owner_agent_id = $agent_id)
      and ($region_key is null or d.region_key = $region_key)
      and ($partner_id is null or d.partner_id = $partner_id)
    group by d.partner_id
),
partners as (
    select partner_id from revenue
    union
    select partner_id from deals
),
final as (
    select
        p.partner_id,
        coalesce(dp.partner_name, 'unknown')                                    as partner_name,
        if(p.partner_id = -1, 'unknown', dp.partner_kind)                      as partner_kind,
        coalesce(r.revenue, 0)::decimal(18, 2)                                  as revenue,
        coalesce(r.previous_revenue, 0)::decimal(18, 2)                         as previous_revenue,
        ((r.revenue - r.previous_revenue) / nullif(r.previous_revenue, 0))::double as revenue_trend,
        coalesce(d.deals, 0)::bigint                                            as deals,
        coalesce(d.won_deals, 0)::bigint                                        as won_deals,
        d.won_deals / nullif(d.deals, 0)                                        as conversion,
        round(d.average_won_deal, 2)::decimal(18, 2)                            as average_won_deal,
        (y.paid_days / nullif(y.paid, 0))::double                               as payment_days,
        (y.paid_days_late / nullif(y.paid_with_due, 0))::double                 as days_past_due
    from partners p
    left join revenue r on r.partner_id = p.partner_id
    left join deals d on d.partner_id = p.partner_id
    left join payments y on y.partner_id = p.partner_id
    left join dim_partner dp on dp.partner_id = p.partner_id
)
select * from final
order by revenue desc, partner_id
