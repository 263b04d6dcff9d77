-- fct_sale holds each sale of fct_sale_line once, and no other.
select 'duplicate' as problem, sale_activity_id
from fct_sale
group by sale_activity_id
having count(*) > 1
union all
select 'missing', l.sale_activity_id
from (select distinct sale_activity_id from fct_sale_line) l
where not exists (select 1 from fct_sale s where s.sale_activity_id = l.sale_activity_id)
union all
select 'without lines', s.sale_activity_id
from fct_sale s
where not exists (select 1 from fct_sale_line l where l.sale_activity_id = s.sale_activity_id)
