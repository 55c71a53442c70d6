-- Group administration (OAR 333-333-5230): a center's rooms, the groups it plans in them, who attends.
-- Each participant stays its own session with its own record and process instance; these rows say only which
-- sessions share one administration, in which room, with which facilitators.

-- A center's administration rooms. A room that a past group used is retired, never deleted.
create table room (
    id                uuid primary key,
    center_id         uuid         not null references service_center (id),
    name              varchar(100) not null,
    maximum_occupancy integer      not null check (maximum_occupancy between 1 and 1000),
    created_at        timestamp with time zone not null,
    retired_at        timestamp with time zone,
    version           bigint       not null,
    unique (center_id, name)
);

-- One group administration: planned, checked in, administered, closed, or cancelled before check-in.
create table administration_group (
    id           uuid primary key,
    center_id    uuid         not null references service_center (id),
    room_id      uuid         not null references room (id),
    scheduled_at timestamp with time zone not null,
    status       varchar(20)  not null check (status in ('PLANNED', 'CHECKED_IN', 'ADMINISTERED', 'CLOSED', 'CANCELLED')),
    planned_by   varchar(64)  not null references account (username),
    planned_at   timestamp with time zone not null,
    checked_in_at timestamp with time zone,
    administered_at timestamp with time zone,
    closed_at    timestamp with time zone,
    cancelled_at timestamp with time zone,
    cancel_reason varchar(2000),
    version      bigint       not null
);
create index administration_group_center on administration_group (center_id, scheduled_at);

-- The facilitators who attend a group (the ratio counts them).
create table group_facilitator (
    group_id             uuid        not null references administration_group (id),
    facilitator_username varchar(64) not null references facilitator (username),
    primary key (group_id, facilitator_username)
);

-- A session's membership of a group. current_session_id equals session_id while the session is in the group and is
-- null once it left: its unique constraint keeps a session in at most one group at a time on every database (a
-- partial index would say the same, but H2 has none). administered_at is set when the participant's administration
-- record is completed while in the group; the quarterly report counts those. product_recorded_at is set when its
-- product and waste record is completed: the group closes when every remaining participant has one.
create table group_participant (
    group_id           uuid not null references administration_group (id),
    session_id         uuid not null references service_session (id),
    current_session_id uuid unique references service_session (id),
    joined_at          timestamp with time zone not null,
    left_at            timestamp with time zone,
    administered_at    timestamp with time zone,
    product_recorded_at timestamp with time zone,
    primary key (group_id, session_id)
);
create index group_participant_session on group_participant (session_id);
