/** The notice on a record that changed since the user last looked at it. */
@NamedInterface("ui")
package org.jwc.secretariat.reading.ui;

import org.springframework.modulith.NamedInterface;
