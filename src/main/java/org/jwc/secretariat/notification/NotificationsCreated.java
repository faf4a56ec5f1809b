package org.jwc.secretariat.notification;

import java.util.List;

/** Notifications saved in a transaction: once it commits, they go out by e-mail. */
record NotificationsCreated(List<Long> ids) {
}
