-- Churn risk: the customers the nightly churn model scored (fct_churn_score, written by the load's ML enrichment),
-- likeliest to leave first, with the three reasons that raise each one's risk most (each in Armenian, English and
-- Russian). Empty when the warehouse was loaded without the models. Owner, department and segment are the customer's
-- current ones.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
customers as (
    select customer_id, customer_name, owner_agent_id, department_id, segment
    from dim_customer
    where is_current and customer_id <> -1
      and ($scope_department_id is null or department_id = $scope_department_id)
      and ($scope_agent_id is null or customer_id in (select customer_id from portfolio))
      and ($department_id is null or department_id = $department_id)
      and ($agent_id is null or owner_agent_id = $agent_id)
      and ($segment is null or segment = $segment)
),
final as (
    select
        s.customer_id,
        c.customer_name,
        c.owner_agent_id,
        coalesce(a.agent_name, 'unknown')   as owner_name,
        c.segment,
        round(s.churn_probability, 4)       as churn_probability,
        s.risk_band,
        s.reason_1_hy,
        s.reason_1_en,
        s.reason_1_ru,
        s.reason_2_hy,
        s.reason_2_en,
        s.reason_2_ru,
        s.reason_3_hy,
        s.reason_3_en,
        s.reason_3_ru,
        s.days_since_last_sale,
        s.days_since_last_contact,
        s.revenue_365d,
        s.model_version,
        s.scored_at
    from fct_churn_score s
    join customers c on c.customer_id = s.customer_id
    left join dim_agent a on a.agent_id = c.owner_agent_id and a.agent_id <> -1
    where s.churn_probability >= $min_probability / 100.0
)
select * from final
order by churn_probability desc, customer_id
limit $row_limit
