-- A proposal's links to earlier work (issue 7): the commitment it follows up (the free reference
-- follows_up stays for proposals written before commitments existed), and the deferred proposal of
-- the previous meeting it was carried over from. A proposal is carried over once: the unique key
-- holds that even against two secretaries clicking at the same moment (NULLs do not collide).

ALTER TABLE proposal ADD COLUMN carried_from_id BIGINT NULL;
ALTER TABLE proposal ADD COLUMN follows_up_commitment_id BIGINT NULL;
ALTER TABLE proposal ADD CONSTRAINT uq_proposal_carried_from UNIQUE (carried_from_id);
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_carried_from FOREIGN KEY (carried_from_id) REFERENCES proposal (id);
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_follows_up_commitment
    FOREIGN KEY (follows_up_commitment_id) REFERENCES commitment (id);

ALTER TABLE proposal_aud ADD COLUMN carried_from_id BIGINT NULL;
ALTER TABLE proposal_aud ADD COLUMN follows_up_commitment_id BIGINT NULL;
