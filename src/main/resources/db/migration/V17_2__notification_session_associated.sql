-- A session's first center has a kind of its own (SESSION_ASSOCIATED), apart from a move between centers
-- (SESSION_CENTER_CHANGED). Whoever had turned off the mail of the one kind keeps the first association's off too.
update notification_settings
set muted_kinds = muted_kinds || ',SESSION_ASSOCIATED'
where muted_kinds like '%SESSION_CENTER_CHANGED%' and muted_kinds not like '%SESSION_ASSOCIATED%';
