/**
 * Newsbrowser: browse a corpus of news articles by the people, organizations, countries and topics they mention.
 * Features live in sub-packages: {@code article}, {@code entity}, {@code ingest}, {@code extract}, {@code system}.
 */
package org.newsbrowser;
