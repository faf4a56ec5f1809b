-- Several mechanisms on one platform (issue 16, ADR 0025), first step: cooperation areas and
-- meetings belong to a committee, and meetings are numbered within their committee. Every
-- existing row goes to the committee already there. A database holding areas or meetings but no
-- committee yet (its administrator had not named it) gets one, unnamed, to be named as before.
INSERT INTO committee (version, name_vi, name_zh)
SELECT 0, '', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM committee)
  AND (EXISTS (SELECT 1 FROM cooperation_area) OR EXISTS (SELECT 1 FROM meeting));

ALTER TABLE cooperation_area ADD COLUMN committee_id BIGINT NULL;
UPDATE cooperation_area SET committee_id = (SELECT MIN(id) FROM committee);
ALTER TABLE cooperation_area MODIFY committee_id BIGINT NOT NULL;
ALTER TABLE cooperation_area ADD CONSTRAINT fk_area_committee FOREIGN KEY (committee_id) REFERENCES committee (id);

ALTER TABLE meeting ADD COLUMN committee_id BIGINT NULL;
UPDATE meeting SET committee_id = (SELECT MIN(id) FROM committee);
ALTER TABLE meeting MODIFY committee_id BIGINT NOT NULL;
ALTER TABLE meeting ADD CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id);
ALTER TABLE meeting DROP CONSTRAINT uk_meeting_number;
ALTER TABLE meeting ADD CONSTRAINT uk_meeting_committee_number UNIQUE (committee_id, meeting_number);
