-- The audit trail: who read or changed which client or session record, when, how and from where.
-- Rows hold metadata only (a method and path pattern or a form's step, never record content).
-- Sojourn only inserts and selects them: its entity is immutable and its repository has no update or delete.
-- No trigger refuses UPDATE or DELETE at the database itself: Flyway runs this same script on H2 and PostgreSQL,
-- and H2's triggers are Java classes. On PostgreSQL, an operator may revoke UPDATE and DELETE on this table from
-- the role Sojourn runs as (when that role does not own it).

create table audit_event (
    id          uuid         primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(64)  not null,
    action      varchar(20)  not null,
    record_type varchar(20)  not null,
    record_id   uuid         not null,
    what        varchar(500) not null,
    outcome     varchar(20)  not null,
    source      varchar(100)
);
create index audit_event_record on audit_event (record_type, record_id);
create index audit_event_actor on audit_event (actor);
create index audit_event_occurred_at on audit_event (occurred_at);
