-- The time zone a person chose for the dates and times the app shows them (issue 18). Null means
-- "the browser's": most people never set it. An IANA zone id such as Asia/Baku. Adds a column only;
-- runs unchanged on H2 and PostgreSQL.

ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(64);
