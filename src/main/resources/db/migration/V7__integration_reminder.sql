-- When the process's timer on the integration phase found integration still open and reminded the facilitator
-- (sojourn.integration.reminder-after after integration began); null until then.
alter table service_session add column integration_reminded_at timestamp with time zone;
