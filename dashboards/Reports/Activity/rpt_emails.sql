-- Sent e-mails: the e-mails of [$date_from, $date_to] by $group_by (agent, month or department) as a funnel. An
-- e-mail's outcome is the furthest it got (delivered < opened < clicked), so an opened one was delivered too and a
-- clicked one opened: delivered and opened count everything that got at least that far. Open and click rates are of
-- the delivered e-mails, the bounce rate of all sent.
with portfolio as (
    select customer_id from dim_customer where is_current and owner_agent_id = $scope_agent_id
),
emails as (
    select
        case $group_by
            when 'agent' then f.agent_id
            when 'month' then year(f.occurred_date) * 100 + month(f.occurred_date)
            else f.department_id
        end                                                                as group_number,
        f.outcome
    from fct_activity f
    where f.activity_type_code = 'email'
      and f.occurred_date between $date_from and $date_to
      and ($scope_department_id is null or f.department_id = $scope_department_id)
      -- an agent sees the e-mails to their portfolio, and their own e-mails to no customer
      and ($scope_agent_id is null or f.customer_id in (select customer_id from portfolio)
           or (f.customer_id = -1 and f.agent_id = $scope_agent_id))
      and ($department_id is null or f.department_id = $department_id)
      and ($agent_id is null or f.agent_id = $agent_id)
),
-- each outcome counted once per group, so the funnel below reads a few rows rather than every e-mail
by_outcome as (
    select group_number, outcome, count(*) as emails
    from emails
    group by all
),
by_group as (
    select
        group_number,
        sum(emails)::bigint                                                                 as emails,
        coalesce(sum(emails) filter (where outcome in ('delivered', 'opened', 'clicked')), 0)::bigint as delivered,
        coalesce(sum(emails) filter (where outcome in ('opened', 'clicked')), 0)::bigint    as opened,
        coalesce(sum(emails) filter (where outcome = 'clicked'), 0)::bigint                 as clicked,
        coalesce(sum(emails) filter (where outcome = 'bounced'), 0)::bigint                 as bounced,
        coalesce(sum(emails) filter (where outcome is null
                      or outcome not in ('delivered', 'opened', 'clicked', 'bounced')), 0)::bigint as other_outcome
    from by_outcome
    group by all
),
final as (
    select
        case when $group_by = 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
             else b.group_number::varchar
        end                                                                    as group_key,
        case $group_by
            when 'agent' then coalesce(a.agent_name, 'unknown')
            when 'month' then printf('%04d-%02d', b.group_number // 100, b.group_number % 100)
            else coalesce(d.department_name, 'unknown')
        end                                                                    as group_name,
        b.emails,
        b.delivered,
        b.opened,
        b.clicked,
        b.bounced,
        b.other_outcome,
        b.delivered / b.emails                                                 as delivered_rate,
        b.opened / nullif(b.delivered, 0)                                      as open_rate,
        b.clicked / nullif(b.delivered, 0)                                     as click_rate,
        b.bounced / b.emails                                                   as bounce_rate
    from by_group b
    left join dim_agent a on $group_by = 'agent' and a.agent_id = b.group_number and a.agent_id <> -1
    left join dim_department d on $group_by = 'department' and d.department_id = b.group_number and d.department_id <> -1
)
select * from final
order by group_name, group_key
