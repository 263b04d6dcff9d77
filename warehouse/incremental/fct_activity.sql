-- Activities whose rows may have changed: changed ones (soft deletes too), expenses whose details or department
-- changed, and every activity of a customer whose root or versions may have moved.
select id as activity_id from changed_activities
union
select activity_id from changed_expenses
union
select activity_id from raw_expenses where department_id in (select id from changed_departments)
union
select id from raw_activities where customer_id in (select customer_id from affected_dim_customer_alias)
