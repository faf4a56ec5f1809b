/** What every feature shares: persistent-entity basics and the refusals services raise. */
package org.jwc.secretariat.base;
