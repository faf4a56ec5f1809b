/** Components and helpers every feature's views share. */
@org.springframework.modulith.NamedInterface("ui")
package org.jwc.secretariat.base.ui;
