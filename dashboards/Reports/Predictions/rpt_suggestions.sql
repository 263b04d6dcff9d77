-- Cross-sell and upsell suggestions per customer (fct_suggestion, written by the load's ML enrichment), each with
-- the sentence an agent can say; biggest-spending customers first, then each customer's suggestions by kind and
-- rank. Empty when the warehouse was loaded without the models. Owner and department are the customer's current ones.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
customers as (
    select customer_id, customer_name, owner_agent_id, department_id
    from dim_customer
    where is_current and customer_id <> -1
      and ($scope_department_id is null or department_id = $scope_department_id)
      and ($scope_agent_id is null or customer_id in (select customer_id from portfolio))
      and ($department_id is null or department_id = $department_id)
      and ($agent_id is null or owner_agent_id = $agent_id)
),
spend as (
    select customer_id, sum(revenue) as revenue
    from fct_sale_line
    where customer_id in (select customer_id from fct_suggestion)
    group by customer_id
),
final as (
    select
        s.customer_id,
        c.customer_name,
        c.owner_agent_id,
        coalesce(a.agent_name, 'unknown')   as owner_name,
        s.kind,
        s.suggestion_rank,
        s.product_id,
        p.product_name,
        p.category_code,
        s.reason_hy,
        s.reason_en,
        s.reason_ru,
        round(s.confidence, 4)              as confidence,
        round(s.lift, 2)                    as lift,
        s.model_version,
        coalesce(r.revenue, 0)              as customer_revenue
    from fct_suggestion s
    join customers c on c.customer_id = s.customer_id
    left join dim_product p on p.product_id = s.product_id
    left join dim_agent a on a.agent_id = c.owner_agent_id and a.agent_id <> -1
    left join spend r on r.customer_id = s.customer_id
    where ($kind is null or s.kind = $kind)
      and ($category_code is null or p.category_code = $category_code)
)
select * from final
order by customer_revenue desc, customer_id, kind, suggestion_rank
limit $row_limit
