/** Views of a meeting's proposals: the list, one proposal with its responses, and the response matrix. */
@NamedInterface("ui")
package org.jwc.secretariat.proposal.ui;

import org.springframework.modulith.NamedInterface;
