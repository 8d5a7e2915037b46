/**
 * Concerns of the whole application rather than one feature: error pages and messages, security headers, the clock,
 * the data-directory path, the number of request threads, the size of Thymeleaf's expression cache, and the page
 * cache, which keeps rendered pages until the corpus changes. It depends on no feature: features mark their
 * cacheable handlers ({@link org.newsbrowser.system.CacheablePage}) and their change events
 * ({@link org.newsbrowser.system.PagesChanged}).
 */
package org.newsbrowser.system;
