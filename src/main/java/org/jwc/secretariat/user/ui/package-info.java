/** Administration of user accounts, and each user's own password. */
package org.jwc.secretariat.user.ui;
