-- Sale lines whose rows may have changed: changed lines, and the lines of every sale activity fct_activity reloads.
select id as sale_line_id from changed_sale_lines
union
select id from raw_sale_lines where sale_activity_id in (select activity_id from affected_fct_activity)
