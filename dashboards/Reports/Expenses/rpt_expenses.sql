-- Expense analysis: the expenses of [$date_from, $date_to] by category, campaign, department or month, with the
-- sales revenue of the same group in the period and the expense-to-revenue ratio. Categories have no revenue of
-- their own, so each is set against the total revenue. The filters apply to both sides, each on its own fact's
-- column (an expense's region is its department's, a sale's its customer's). Expenses belong to no customer:
-- an agent sees the expenses they made, and the revenue of their portfolio.
-- Groups are numbered (campaign or department id, yyyymm; 0 for categories) so the sales are grouped on integers,
-- several times faster than on text; the key is written out once grouped.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
expenses as (
    select
        case $group_by
            when 'campaign'   then e.campaign_id
            when 'department' then e.department_id
            when 'month'      then year(e.expense_date) * 100 + month(e.expense_date)
            else 0
        end                                                              as group_id,
        case when $group_by = 'category' then e.expense_category end     as category,
        e.amount
    from fct_expense e
    where e.expense_date between $date_from and $date_to
      and ($scope_department_id is null or e.department_id = $scope_department_id)
      and ($scope_agent_id is null or e.agent_id = $scope_agent_id)
      and ($department_id is null or e.department_id = $department_id)
      and ($agent_id is null or e.agent_id = $agent_id)
      and ($campaign_id is null or e.campaign_id = $campaign_id)
      and ($region_key is null or e.region_key = $region_key)
),
by_group as (
    select group_id, category, sum(amount) as amount, count(*) as expenses
    from expenses
    group by group_id, category
),
revenue as (
    select
        case $group_by
            when 'campaign'   then s.campaign_id
            when 'department' then s.department_id
            when 'month'      then year(s.sale_date) * 100 + month(s.sale_date)
            else 0
        end            as group_id,
        sum(s.revenue) as revenue
    from fct_sale_line s
    where s.sale_date between $date_from and $date_to
      and ($scope_department_id is null or s.department_id = $scope_department_id)
      and ($scope_agent_id is null or s.customer_id in (select customer_id from portfolio))
      and ($department_id is null or s.department_id = $department_id)
      and ($agent_id is null or s.agent_id = $agent_id)
      and ($campaign_id is null or s.campaign_id = $campaign_id)
      and ($region_key is null or s.region_key = $region_key)
    group by all
),
final as (
    select
        case $group_by
            when 'category' then b.category
            when 'month'    then printf('%04d-%02d', b.group_id // 100, b.group_id % 100)
            else b.group_id::varchar
        end                                                          as group_key,
        case $group_by
            when 'category'   then b.category
            when 'campaign'   then coalesce(c.campaign_name, b.group_id::varchar)
            when 'department' then coalesce(d.department_name, b.group_id::varchar)
            else printf('%04d-%02d', b.group_id // 100, b.group_id % 100)
        end                                                          as group_name,
        b.amount,
        b.expenses,
        b.amount::double / sum(b.amount) over ()                     as share_of_total,
        coalesce(r.revenue, 0)                                       as revenue,
        b.amount::double / nullif(r.revenue, 0)::double              as expense_to_revenue
    from by_group b
    left join revenue r on r.group_id = b.group_id
    left join dim_campaign c on $group_by = 'campaign' and c.campaign_id = b.group_id
    left join dim_department d on $group_by = 'department' and d.department_id = b.group_id
)
select * from final
order by case when $group_by = 'month' then group_key end, amount desc, group_key
