/**
 * Concerns of the whole application rather than one feature: error pages and messages, security headers, the clock,
 * the data-directory path, the number of request threads and the size of Thymeleaf's expression cache.
 */
package org.newsbrowser.system;
