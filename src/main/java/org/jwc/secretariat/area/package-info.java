/** Cooperation areas: the ordered tree that structures proposals and the communiqué. */
package org.jwc.secretariat.area;
