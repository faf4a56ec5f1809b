/** Administration of the committee's name. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.committee.ui;
