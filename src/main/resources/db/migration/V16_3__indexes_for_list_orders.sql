-- Indexes in the orders the lists read sessions in, so that a page reads its twenty rows instead of sorting all of a
-- facilitator's or a center's sessions: the facilitator's home and the center's home (all, or one phase, newest
-- first), the center's day (open sessions by scheduled administration) and GET /api/sessions (either side of its
-- "facilitator or center" condition). Each ends with the id, as every list order does.
create index service_session_facilitator_created on service_session (facilitator_username, created_at, id);
create index service_session_facilitator_phase on service_session (facilitator_username, phase, created_at, id);
create index service_session_center_created on service_session (center_id, created_at, id);
create index service_session_center_phase on service_session (center_id, phase, created_at, id);
create index service_session_center_scheduled on service_session (center_id, status, administration_scheduled_at, id);
