-- Payments whose rows may have changed: changed payment details, and every activity fct_activity reloads
-- (an activity that is no longer a payment, or deleted, loses its row).
select activity_id from changed_payments
union
select activity_id from affected_fct_activity
