-- The session record names its client for the people who share it (its facilitator and its center): legal name,
-- preferred name and date of birth as the OHA forms carry them, copied from the client record when the session opens.
-- The room is what the center wrote when it scheduled the administration.
alter table service_session add column client_legal_name varchar(200);
alter table service_session add column client_preferred_name varchar(200);
alter table service_session add column client_date_of_birth date;
alter table service_session add column administration_room varchar(100);

update service_session set
    client_legal_name = (select c.legal_name from client c where c.id = service_session.client_id),
    client_preferred_name = (select c.preferred_name from client c where c.id = service_session.client_id),
    client_date_of_birth = (select c.date_of_birth from client c where c.id = service_session.client_id);

alter table service_session alter column client_legal_name set not null;
alter table service_session alter column client_date_of_birth set not null;
