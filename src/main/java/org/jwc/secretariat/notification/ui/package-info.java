/** The bell in the main layout: the unread count, updated live, and the latest notifications. */
@NamedInterface("ui")
package org.jwc.secretariat.notification.ui;

import org.springframework.modulith.NamedInterface;
