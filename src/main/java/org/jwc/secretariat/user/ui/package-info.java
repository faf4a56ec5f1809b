/** Administration of user accounts, and each user's own password. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.user.ui;
