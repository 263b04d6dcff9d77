-- config: materialized=incremental, unique_key=activity_id, sort_by=payment_date
-- One row per live payment from a customer, refund to one or payment through a bank, with its method and the
-- sale it pays for. signed_amount is negative for refunds, so its sum is what the company actually kept. The sale's
-- own date, agent, customer, department, region and partner (sale_*) come along, so reports that judge sales by how
-- they were paid filter the payments alone instead of joining them to the sales.
with money as (
    select * from fct_activity
    where activity_type_code in ('payment', 'refund', 'bank_payment')
    {% if is_incremental %} and activity_id in (select activity_id from affected_fct_payment) {% endif %}
),
payments as (
    select * from stg_payments
),
sales as (
    select activity_id, occurred_date, agent_id, customer_id, department_id, region_key, partner_id
    from fct_activity
    where activity_type_code = 'sale'
),
final as (
    select
        m.activity_id,
        m.occurred_date                         as payment_date,
        p.due_date,
        m.occurred_at                           as paid_at,
        m.activity_type_code                    as payment_type,
        coalesce(p.payment_method, 'unknown')   as payment_method,
        m.agent_id,
        m.customer_id,
        m.customer_key,
        m.department_id,
        m.region_key,
        m.source_code,
        m.campaign_id,
        m.partner_id,
        m.deal_id,
        p.sale_activity_id,
        s.occurred_date                         as sale_date,
        s.agent_id                              as sale_agent_id,
        s.customer_id                           as sale_customer_id,
        s.department_id                         as sale_department_id,
        s.region_key                            as sale_region_key,
        s.partner_id                            as sale_partner_id,
        m.amount,
        m.signed_amount,
        m.activity_type_code = 'refund'         as is_refund
    from money m
    left join payments p on p.activity_id = m.activity_id
    left join sales s on s.activity_id = p.sale_activity_id
)
select * from final
