/** The comment threads shown under a record, updated live. */
@NamedInterface("ui")
package org.jwc.secretariat.comment.ui;

import org.springframework.modulith.NamedInterface;
