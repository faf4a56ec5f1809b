/** Secretariat platform of the Joint Working Committee; each subpackage is one feature module. */
@org.jspecify.annotations.NullMarked
package org.jwc.secretariat;
