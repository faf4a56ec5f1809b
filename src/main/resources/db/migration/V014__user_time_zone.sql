-- The time zone a user reads times in, when they chose one (an administrator of no party, an
-- official working away from home). NULL, as for every existing account, means their party's zone
-- (UTC for a user of no party): nothing changes for anyone until a zone is chosen.
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(60) NULL;
