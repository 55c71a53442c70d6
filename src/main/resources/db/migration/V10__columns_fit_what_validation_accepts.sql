-- Every value that passes validation fits its column.

-- A session's close reason is the denial's, cancellation's or screening's own text (at most 4000 characters) after a
-- short prefix naming its source ("Facilitator review: ", "Screening: ").
alter table service_session alter column close_reason set data type varchar(4100);

-- An addendum's changes hold each corrected field's earlier and new value as JSON, where escaping may make a text
-- up to six times as long (a control character becomes \u00XX): for the administration record's two 4000-character
-- texts that is close to 100,000 characters. StoredLengthsTests computes the bound of every form against this.
alter table addendum alter column changes set data type varchar(200000);
