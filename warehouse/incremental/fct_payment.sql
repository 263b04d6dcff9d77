-- Payments whose rows may have changed: changed payment details, and every activity fct_activity reloads
-- (an activity that is no longer a payment, or deleted, loses its row), and the payments of every sale it reloads
-- (they carry the sale's date, agent, customer and partner).
select activity_id from changed_payments
union
select activity_id from affected_fct_activity
union
select activity_id from raw_payments where sale_activity_id in (select activity_id from affected_fct_activity)
