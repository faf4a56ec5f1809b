-- Several mechanisms on one platform (issue 16, ADR 0025), second step: a party is one row on the
-- platform, its membership is per committee, with its own dates and its own place in that
-- committee's host rotation (Tuyên Quang in both the Guangxi committee and the Yunnan working
-- group). Every existing party becomes a member of the committee already there, with the host
-- order it had; a database holding parties but no committee yet gets one, unnamed, as in V020.
-- The committee also says what kind of mechanism it is.
ALTER TABLE committee ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'COMMITTEE';

INSERT INTO committee (version, name_vi, name_zh)
SELECT 0, '', '' FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM committee) AND EXISTS (SELECT 1 FROM party);

CREATE TABLE committee_membership (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT NOT NULL,
    committee_id BIGINT NOT NULL,
    party_id     BIGINT NOT NULL,
    member_from  DATE   NULL,
    member_until DATE   NULL,
    host_order   INT    NULL,
    CONSTRAINT fk_membership_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_membership_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT uk_membership UNIQUE (committee_id, party_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO committee_membership (version, committee_id, party_id, host_order)
SELECT 0, (SELECT MIN(id) FROM committee), id, host_order FROM party;

ALTER TABLE party DROP COLUMN host_order;
