package org.jwc.secretariat.notification;

/** What a notification tells; each has a message per language ("notification.&lt;kind&gt;"). */
public enum NotificationKind {
    PROPOSAL_ADDRESSED,
    RESPONSE_RECEIVED,
    COMMENT_POSTED,
    DEADLINE_NEAR,
    STATEMENT_TO_CONFIRM,
    MINUTES_REOPENED,
    COMMUNIQUE_CIRCULATED,
    COMMUNIQUE_RETURNED,
    COMMUNIQUE_FINAL
}
