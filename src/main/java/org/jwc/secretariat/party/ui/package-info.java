/** Administration of the parties. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.party.ui;
