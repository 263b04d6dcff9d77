-- Churn features of every customer who had bought and was not lost at $as_of (a UTC timestamp), computed from the
-- facts before $as_of only, so that a past cutoff gives the rows a model learns from and today's gives the rows it
-- scores; and the label: whether the customer was lost (dim_customer's lifecycle became 'lost') within
-- $horizon_days after $as_of. Windows are the 90, 180 and 365 days before $as_of; "prev_90d" is days 91-180.
-- Money is in AMD; days since something that never happened count from the customer's first purchase.
-- Contacts: calls, e-mails, SMS, meetings, visits and events. Complaints: meetings and visits that ended badly,
-- and refunds.
with cutoff as (
    select $as_of::timestamp as t
),
population as (
    select v.customer_id, v.segment, v.customer_kind
    from dim_customer v, cutoff c
    where v.customer_id <> -1 and not v.is_deleted
      and v.valid_from <= c.t and (v.valid_to is null or v.valid_to > c.t)
      and v.lifecycle <> 'lost'
),
sales as (
    select
        s.customer_id,
        min(s.sold_at)                                                                   as first_sale_at,
        max(s.sold_at)                                                                   as last_sale_at,
        count(distinct s.sale_activity_id)                                               as sales_total,
        count(distinct s.sale_activity_id) filter (where s.sold_at >= c.t - interval 365 day) as sales_365d,
        count(distinct s.sale_activity_id) filter (where s.sold_at >= c.t - interval 90 day)  as sales_90d,
        count(distinct s.sale_activity_id) filter (where s.sold_at >= c.t - interval 180 day
                                                     and s.sold_at < c.t - interval 90 day)  as sales_prev_90d,
        sum(s.revenue)                                                                   as revenue_total,
        coalesce(sum(s.revenue) filter (where s.sold_at >= c.t - interval 365 day), 0)   as revenue_365d,
        count(distinct s.product_id)                                                     as distinct_products,
        count(distinct p.category_id)                                                    as distinct_categories
    from fct_sale_line s
    join dim_product p on p.product_id = s.product_id
    cross join cutoff c
    where s.sold_at < c.t and s.customer_id in (select customer_id from population)
    group by s.customer_id
),
journal as (
    select
        a.customer_id,
        max(a.occurred_at) filter (where a.activity_type_code in ('call_out', 'call_in', 'email', 'sms', 'meeting', 'visit', 'event'))
                                                                                          as last_contact_at,
        count(*) filter (where a.activity_type_code in ('call_out', 'call_in', 'email', 'sms', 'meeting', 'visit', 'event')
                           and a.occurred_at >= c.t - interval 90 day)                    as contacts_90d,
        count(*) filter (where a.activity_type_code in ('call_out', 'call_in', 'email', 'sms', 'meeting', 'visit', 'event')
                           and a.occurred_at >= c.t - interval 180 day and a.occurred_at < c.t - interval 90 day)
                                                                                          as contacts_prev_90d,
        count(*) filter (where a.activity_type_code in ('call_out', 'call_in', 'email', 'sms', 'meeting', 'visit', 'event')
                           and a.occurred_at >= c.t - interval 365 day)                   as contacts_365d,
        count(*) filter (where a.activity_type_code in ('call_in', 'inquiry')
                           and a.occurred_at >= c.t - interval 180 day)                   as inbound_180d,
        count(*) filter (where a.activity_type_code = 'inquiry' and a.occurred_at >= c.t - interval 365 day)
                                                                                          as inquiries_365d,
        count(*) filter (where ((a.activity_type_code in ('meeting', 'visit') and a.outcome = 'negative')
                                or a.activity_type_code = 'refund')
                           and a.occurred_at >= c.t - interval 365 day)                   as complaints_365d,
        count(*) filter (where a.activity_type_code = 'task' and a.occurred_at >= c.t - interval 90 day)
                                                                                          as tasks_90d
    from fct_activity a, cutoff c
    where a.occurred_at < c.t and a.customer_id in (select customer_id from population)
    group by a.customer_id
),
money as (
    select
        p.customer_id,
        max(p.paid_at) filter (where not p.is_refund)                                     as last_payment_at,
        coalesce(sum(p.signed_amount) filter (where p.paid_at >= c.t - interval 365 day), 0) as paid_365d,
        coalesce(sum(p.signed_amount) filter (where p.paid_at >= c.t - interval 90 day), 0)  as paid_90d,
        coalesce(sum(p.signed_amount), 0)                                                 as paid_total,
        coalesce(avg(greatest(date_diff('day', p.due_date, p.payment_date), 0))
                 filter (where p.due_date is not null and not p.is_refund and p.paid_at >= c.t - interval 365 day), 0)
                                                                                          as payment_delay_days,
        count(*) filter (where p.due_date is not null and not p.is_refund and p.payment_date > p.due_date + 7
                           and p.paid_at >= c.t - interval 365 day)                       as late_payments_365d
    from fct_payment p, cutoff c
    where p.paid_at < c.t and p.customer_id in (select customer_id from population)
    group by p.customer_id
),
deals as (
    select
        d.customer_id,
        count(*) filter (where d.closed_at is null or d.closed_at >= c.t)                 as open_deals,
        count(*) filter (where d.closed_at < c.t and not d.is_won and d.closed_at >= c.t - interval 180 day)
                                                                                          as lost_deals_180d,
        count(*) filter (where d.closed_at < c.t and d.is_won and d.closed_at >= c.t - interval 365 day)
                                                                                          as won_deals_365d
    from fct_deal d, cutoff c
    where d.opened_at < c.t and d.customer_id in (select customer_id from population)
    group by d.customer_id
),
owners as (
    -- a version opened in the year before the cutoff whose owner differs from the version before it
    select customer_id, count(*) as owner_changes_365d
    from (
        select v.customer_id, v.valid_from, v.owner_agent_id,
               lag(v.owner_agent_id) over (partition by v.customer_id order by v.valid_from) as previous_owner
        from dim_customer v
        where v.customer_id in (select customer_id from population)
    ) x, cutoff c
    where x.valid_from < c.t and x.valid_from >= c.t - interval 365 day and x.owner_agent_id <> x.previous_owner
    group by customer_id
),
churned as (
    select distinct v.customer_id
    from dim_customer v, cutoff c
    where v.lifecycle = 'lost' and v.valid_from > c.t and v.valid_from <= c.t + to_days($horizon_days::integer)
)
select
    p.customer_id,
    date_diff('day', s.first_sale_at, c.t)::float                                        as tenure_days,
    date_diff('day', s.last_sale_at, c.t)::float                                         as days_since_last_sale,
    s.sales_total::float                                                                 as sales_total,
    s.sales_365d::float                                                                  as sales_365d,
    s.sales_90d::float                                                                   as sales_90d,
    s.sales_prev_90d::float                                                              as sales_prev_90d,
    s.revenue_total::float                                                               as revenue_total,
    s.revenue_365d::float                                                                as revenue_365d,
    (s.revenue_total / s.sales_total)::float                                             as average_sale,
    date_diff('day', coalesce(j.last_contact_at, s.first_sale_at), c.t)::float           as days_since_last_contact,
    coalesce(j.contacts_90d, 0)::float                                                   as contacts_90d,
    coalesce(j.contacts_prev_90d, 0)::float                                              as contacts_prev_90d,
    coalesce(j.contacts_365d, 0)::float                                                  as contacts_365d,
    -- the last quarter's contacts against the year's quarterly average: 1 steady, near 0 fading
    (coalesce(j.contacts_90d, 0) / greatest(coalesce(j.contacts_365d, 0) / 4.0, 1))::float as contact_trend,
    coalesce(j.inbound_180d, 0)::float                                                   as inbound_180d,
    coalesce(j.inquiries_365d, 0)::float                                                 as inquiries_365d,
    coalesce(j.complaints_365d, 0)::float                                                as complaints_365d,
    coalesce(j.tasks_90d, 0)::float                                                      as tasks_90d,
    date_diff('day', coalesce(m.last_payment_at, s.first_sale_at), c.t)::float           as days_since_last_payment,
    coalesce(m.paid_365d, 0)::float                                                      as paid_365d,
    (coalesce(m.paid_90d, 0) / greatest(coalesce(m.paid_365d, 0) / 4.0, 1))::float      as payment_trend,
    coalesce(m.payment_delay_days, 0)::float                                             as payment_delay_days,
    coalesce(m.late_payments_365d, 0)::float                                             as late_payments_365d,
    -- what the customer owes of everything bought, as a share
    greatest(0, 1 - coalesce(m.paid_total, 0) / greatest(s.revenue_total, 1))::float     as unpaid_share,
    coalesce(d.open_deals, 0)::float                                                     as open_deals,
    coalesce(d.lost_deals_180d, 0)::float                                                as lost_deals_180d,
    coalesce(d.won_deals_365d, 0)::float                                                 as won_deals_365d,
    coalesce(o.owner_changes_365d, 0)::float                                             as owner_changes_365d,
    s.distinct_products::float                                                           as distinct_products,
    s.distinct_categories::float                                                         as distinct_categories,
    (p.customer_kind = 'company')::integer::float                                        as is_company,
    (p.segment = 'vip')::integer::float                                                  as segment_vip,
    (p.segment = 'corporate')::integer::float                                            as segment_corporate,
    (p.segment = 'smb')::integer::float                                                  as segment_smb,
    (h.customer_id is not null)                                                          as churned
from population p
cross join cutoff c
join sales s on s.customer_id = p.customer_id
left join journal j on j.customer_id = p.customer_id
left join money m on m.customer_id = p.customer_id
left join deals d on d.customer_id = p.customer_id
left join owners o on o.customer_id = p.customer_id
left join churned h on h.customer_id = p.customer_id
order by p.customer_id
