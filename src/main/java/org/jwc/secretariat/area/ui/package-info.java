/** Administration of the cooperation-area tree. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.area.ui;
