-- Several mechanisms on one platform (issue 16, ADR 0025), third step: users act in the committees
-- their party is a member of, with their own roles unless a committee gives them others
-- (committee_role: a Tuyên Quang official a secretary in one mechanism and a delegate in the other;
-- empty roles: none there). The committee a user last worked in is remembered for the next
-- sign-in. The administrators of the one committee there was administered the platform: they
-- become its platform administrators, who create committees and administer each.
ALTER TABLE app_user ADD COLUMN last_committee_id BIGINT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_user_last_committee FOREIGN KEY (last_committee_id) REFERENCES committee (id);

CREATE TABLE committee_role (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    committee_id BIGINT       NOT NULL,
    roles        VARCHAR(100) NOT NULL,
    CONSTRAINT fk_committee_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_committee_role_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT uk_committee_role UNIQUE (user_id, committee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

UPDATE app_user SET roles = CONCAT(roles, ',PLATFORM_ADMIN')
WHERE CONCAT(',', roles, ',') LIKE '%,ADMIN,%' AND CONCAT(',', roles, ',') NOT LIKE '%,PLATFORM_ADMIN,%';

-- A notification belongs to the committee of its meeting: the bell shows those of the committee
-- worked in, and the mail names that committee.
ALTER TABLE user_notification ADD COLUMN committee_id BIGINT NULL;
UPDATE user_notification SET committee_id = (SELECT m.committee_id FROM meeting m WHERE m.id = user_notification.meeting_id);
ALTER TABLE user_notification MODIFY committee_id BIGINT NOT NULL;
ALTER TABLE user_notification ADD CONSTRAINT fk_notification_committee FOREIGN KEY (committee_id) REFERENCES committee (id);
