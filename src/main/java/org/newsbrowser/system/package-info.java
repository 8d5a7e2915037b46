/**
 * Concerns of the whole application rather than one feature: error pages and messages, security headers, the clock
 * and the data-directory path.
 */
package org.newsbrowser.system;
