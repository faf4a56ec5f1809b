/** Administration of the cooperation-area tree. */
package org.jwc.secretariat.area.ui;
